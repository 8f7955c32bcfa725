import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingAssessment } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { ConfirmPanel } from '../../../../components/confirm-panel/index.tsx';
import { CountryStatusList } from '../../../../components/country-status-list/index.tsx';
import { ConfirmDialog } from '../../../../components/dialog/index.tsx';
import { FormError, FormField } from '../../../../components/form-field/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import { pendingOf } from '../../../../lib/pending-assessments.ts';
import text from '../common/text.module.css';
import { describeApiError } from '../../../../lib/describe-api-error.ts';

/**
 * Publishes (or republishes) a cycle's results with a note; asks first, since the public pages
 * change at once. When the server lists countries not validated, publishing without them takes a
 * second, explicit confirmation.
 */
export function PublishForm({
  cycleId,
  cycleName,
  isPublishable,
  onPublish,
}: {
  cycleId: string;
  cycleName: string;
  isPublishable: boolean;
  onPublish: (note: string, leaveOut: readonly string[]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [isAsking, setAsking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notReady, setNotReady] = useState<PendingAssessment[] | null>(null);
  const publish = async (leaveOut: readonly PendingAssessment[] = []) => {
    setAsking(false);
    setBusy(true);
    setError(null);
    try {
      await onPublish(
        note,
        leaveOut.map((p) => p.iso3),
      );
      setNote('');
      setNotReady(null);
    } catch (e) {
      const listed = leaveOut.length ? null : pendingOf(e);
      setNotReady(listed);
      if (!listed) setError(describeApiError(e, t, t('workbench.common.failed')));
    } finally {
      setBusy(false);
    }
  };
  // The server refuses until the cycle's validation window is over; the workbench says so instead of a button.
  if (!isPublishable) return <p className={text.muted}>{t('workbench.cycles.notClosed')}</p>;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setAsking(true);
      }}
      aria-label={t('workbench.cycles.publishNamed', { name: cycleName })}
    >
      <FormField label={t('workbench.cycles.note')}>
        {(control) => <textarea {...control} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
      </FormField>
      <FormError message={error} />
      <Button type="submit" variant="primary" disabled={isBusy} data-publish-cycle={cycleId}>
        {isBusy ? t('workbench.cycles.publishing') : t('workbench.cycles.publish')}
      </Button>
      {notReady && (
        <Notice tone="warning" data-testid="publish-not-ready">
          <p>{t('cyclesAdmin.steps.publish.pending', { count: notReady.length })}</p>
          <CountryStatusList items={notReady} />
          <ConfirmPanel
            message={t('cyclesAdmin.steps.publish.forceQuestion')}
            confirmLabel={t('cyclesAdmin.steps.publish.force')}
            busy={isBusy}
            onConfirm={() => void publish(notReady)}
            onCancel={() => setNotReady(null)}
            testId="publish-without"
          />
        </Notice>
      )}
      {isAsking && (
        <ConfirmDialog
          title={t('workbench.cycles.confirmTitle', { name: cycleName })}
          confirmLabel={t('workbench.cycles.publish')}
          onConfirm={() => void publish()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('workbench.cycles.confirmBody')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
