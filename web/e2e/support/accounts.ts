import { MFA_REQUIRED_ROLES } from '@gci/shared';
import { DEMO_USERS } from '../../../fixtures/demo-users.ts';
import { DEMO_TOTP_SECRET } from '../../../server/src/modules/seed/seed.service.ts';

export interface Account {
  email: string;
  password: string;
  name: string;
  /** staff only: the secret of their authenticator app */
  totpSecret?: string;
}

/** A demo account as the seed creates it (fixtures/demo-users.ts), with the demo staff's TOTP secret. */
function demoAccount(email: string): Account {
  const user = DEMO_USERS.find((u) => u.email === email);
  if (!user) throw new Error(`no demo account ${email}`);
  const { name, password } = user;
  return MFA_REQUIRED_ROLES.includes(user.role) ? { email, password, name, totpSecret: DEMO_TOTP_SECRET } : { email, password, name };
}

export const ADMIN = demoAccount('admin@example.org');
export const ANALYST = demoAccount('analyst@example.org');
export const REVIEWER = demoAccount('reviewer@example.org');
/** focal points: two for Kenya, one for France */
export const KEN = demoAccount('focal.ken@example.org');
export const KEN2 = demoAccount('focal2.ken@example.org');
export const FRA = demoAccount('focal.fra@example.org');

export { DEMO_TOTP_SECRET };
