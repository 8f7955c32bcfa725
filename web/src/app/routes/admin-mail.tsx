import { useTranslation } from 'react-i18next';
import { useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { getMailPage } from '../../features/mail-admin/api/get-mail.ts';
import { resendMail } from '../../features/mail-admin/api/resend-mail.ts';
import { MailAdminPage } from '../../features/mail-admin/components/mail-admin-page.tsx';
import { readMailQuery } from '../../features/mail-admin/lib/mail-lists.ts';

/** `/admin/mail?status=dead|pending|sent&page=`: outgoing mail, and dead letters to send again (admins). */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role !== 'admin') return { forbidden: true as const };
  const query = readMailQuery(new URL(request.url).searchParams);
  try {
    return { forbidden: false as const, list: query.status, page: await getMailPage(query, request.signal) };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function AdminMailRoute() {
  const loaded = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  if (loaded.forbidden) return <ErrorState title={t('mailAdmin.title')} message={t('mailAdmin.forbidden')} />;
  return (
    <MailAdminPage
      list={loaded.list}
      page={loaded.page}
      onResend={async (message) => {
        await resendMail(message.id);
        await revalidator.revalidate();
      }}
    />
  );
}

export { AdminMailRoute as Component };
