import { useLocation } from 'react-router';
import { AccountLinkPage } from '../../features/auth/components/account-link-page.tsx';
import { purposeOfPath } from '../../features/auth/lib/account-link-page.ts';

/** `/welcome#<token>`, `/reset-password#<token>`, `/setup#<token>`: set a password through a one-time link. */
function AccountLinkRoute() {
  const { pathname } = useLocation();
  return <AccountLinkPage purpose={purposeOfPath(pathname)} />;
}

export { AccountLinkRoute as Component };
