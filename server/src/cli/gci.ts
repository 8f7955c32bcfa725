import { totpCode } from '../modules/auth/totp.ts';
import { DEMO_TOTP_SECRET } from '../modules/seed/seed.service.ts';

/**
 * `npm run gci -- <command>`:
 *   totp [secret]   print the current TOTP code (default: the demo staff secret)
 */
const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'totp': {
    const secret = args[0] ?? DEMO_TOTP_SECRET;
    console.log(totpCode(secret, new Date()));
    break;
  }
  default:
    console.error('usage: npm run gci -- totp [secret]');
    process.exit(2);
}
