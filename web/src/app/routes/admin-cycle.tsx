import { useTranslation } from 'react-i18next';
import { data, useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import type { CycleAction, PendingAssessment } from '@gci/shared';
import { ErrorState } from '../../components/error-state/index.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { getCycle } from '../../features/cycles-admin/api/get-cycle.ts';
import { setDeadline } from '../../features/cycles-admin/api/set-deadline.ts';
import { publishCycleResults, takeCycleStep } from '../../features/cycles-admin/api/take-cycle-step.ts';
import { CycleDetailPage } from '../../features/cycles-admin/components/cycle-detail-page.tsx';

/** `/admin/cycles/:cycleId`: one cycle, its steps and its participants (admins). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role !== 'admin') return { forbidden: true as const };
  try {
    return { forbidden: false as const, detail: await getCycle(params.cycleId ?? '', request.signal) };
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.field === 'params.cycleId')) throw data(null, { status: 404 });
    rethrowUnlessSignedOut(error, request);
  }
}

function AdminCycleRoute() {
  const loaded = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  if (loaded.forbidden) return <ErrorState title={t('cyclesAdmin.title')} message={t('cyclesAdmin.forbidden')} />;
  const { detail } = loaded;
  const onStep = async (step: CycleAction, confirmed: readonly PendingAssessment[] | null) => {
    if (step === 'publish')
      await publishCycleResults(
        detail.cycle.id,
        (confirmed ?? []).map((p) => p.iso3),
      );
    else await takeCycleStep(detail.cycle.id, step, confirmed !== null);
    await revalidator.revalidate();
  };
  const onDeadline = async (assessmentId: string, deadline: string | null) => {
    await setDeadline(assessmentId, deadline);
    await revalidator.revalidate();
  };
  return <CycleDetailPage detail={detail} onStep={onStep} onDeadline={onDeadline} />;
}

export { AdminCycleRoute as Component };
