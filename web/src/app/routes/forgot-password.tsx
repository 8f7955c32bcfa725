import { ForgotPasswordPage } from '../../features/auth/components/forgot-password-page.tsx';

/** `/forgot-password`: ask for a password-reset link by email. */
export { ForgotPasswordPage as Component };
