import { randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../../lib/hash.ts';

/** 256 random bits, URL-safe (ASVS V7.2.3: at least 128 bits from a CSPRNG). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** The database keeps only hashes of bearer secrets (session tokens, recovery codes). */
export const hashToken = (token: string): string => sha256Hex(token);

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
