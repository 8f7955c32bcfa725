import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button/index.tsx';
import { ConfirmDialog } from '../../../../components/dialog/index.tsx';
import { FormError, FormField } from '../../../../components/form-field/index.tsx';
import { isApiError } from '../../../../lib/api-client.ts';
import text from '../common/text.module.css';

/** Publishes (or republishes) a cycle's results with a note; asks first, since the public pages change at once. */
export function PublishForm({
  cycleId,
  cycleName,
  isPublishable,
  onPublish,
}: {
  cycleId: string;
  cycleName: string;
  isPublishable: boolean;
  onPublish: (note: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [isAsking, setAsking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const publish = async () => {
    setAsking(false);
    setBusy(true);
    setError(null);
    try {
      await onPublish(note);
      setNote('');
    } catch (e) {
      setError(isApiError(e) ? e.message : t('workbench.common.failed'));
    } finally {
      setBusy(false);
    }
  };
  // The server would publish an open cycle too, half answered; the workbench waits until it is closed.
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
