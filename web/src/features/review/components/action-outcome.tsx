import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice/index.tsx';
import type { ActionOutcome as Outcome } from '../lib/use-assessment-action.ts';

/** Says what the last action did, or why it was refused; always in the page so it is announced. */
export function ActionOutcome({ outcome }: { outcome: Outcome | null }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" data-testid="action-outcome">
      {outcome?.kind === 'done' && <Notice tone="success">{t('review.actions.done', { status: t(`assessmentStatus.${outcome.status}`) })}</Notice>}
      {outcome?.kind === 'failed' && (
        <Notice tone="error" role="alert">
          {outcome.message}
        </Notice>
      )}
    </div>
  );
}
