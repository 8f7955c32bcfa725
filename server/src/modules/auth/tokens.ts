import { randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../../lib/hash.ts';

/** 256 random bits, URL-safe (ASVS V7.2.3: at least 128 bits from a CSPRNG). */
export const newToken = (): string => randomBytes(32).toString('base64url');

// Crockford's base32: no i, l, o or u, and no '-', which the user may type anywhere.
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A one-time recovery code: 50 random bits, shown as `xxxxx-xxxxx`. */
export const newRecoveryCode = (): string => {
  const symbols = [...randomBytes(10)].map((b) => RECOVERY_ALPHABET[b % 32]).join('');
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
};

/** A recovery code as stored (hashed), however it was typed: no separators, lower case, o read as 0 and i or l as 1. */
export const normalizeRecoveryCode = (code: string): string => code.replace(/[\s-]/g, '').toLowerCase().replaceAll('o', '0').replace(/[il]/g, '1');

/** The database keeps only hashes of bearer secrets (session tokens, recovery codes). */
export const hashToken = (token: string): string => sha256Hex(token);

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
