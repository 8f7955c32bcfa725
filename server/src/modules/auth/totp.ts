import { Secret, TOTP } from 'otpauth';

const PERIOD_S = 30;

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpFor = (secret: string, label = 'user') =>
  new TOTP({ issuer: 'GCI platform', label, algorithm: 'SHA1', digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secret) });

export const otpauthUrl = (secret: string, email: string): string => totpFor(secret, email).toString();

/** The code for a moment (tests and the demo use it; users use their authenticator app). */
export const totpCode = (secret: string, at: Date): string => totpFor(secret).generate({ timestamp: at.getTime() });

/**
 * The time step of a valid code, allowing one step of clock drift either side (ASVS V6.5.5), or null.
 * Callers reject a step not newer than the last one used, so a code works once only (V6.5.1).
 */
export function verifyTotp(secret: string, code: string, at: Date): number | null {
  const delta = totpFor(secret).validate({ token: code, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(at.getTime() / 1000 / PERIOD_S) + delta;
}
