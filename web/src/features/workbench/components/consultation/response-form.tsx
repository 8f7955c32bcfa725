import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsultationResponseBodySchema, type ConsultationComment } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { FormError, FormField } from '../../../../components/form-field/index.tsx';
import { Choice } from '../common/choice.tsx';
import styles from './response-form.module.css';
import { describeApiError } from '../../../../lib/describe-api-error.ts';

type Decision = 'answered' | 'taken_into_account' | 'not_taken_into_account';
const DECISIONS: readonly Decision[] = ['taken_into_account', 'not_taken_into_account', 'answered'];

/** An analyst's answer to one comment: the decision and the reason, both required. */
export function ResponseForm({ comment, onSubmit }: { comment: ConsultationComment; onSubmit: (status: Decision, response: string) => Promise<void> }) {
  const { t } = useTranslation();
  // No decision is preset: the analyst chooses one (a default would be sent unread).
  const [status, setStatus] = useState<Decision | null>(comment.status === 'open' ? null : comment.status);
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const [response, setResponse] = useState(comment.response ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `respond-${comment.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDecisionError(status === null ? t('workbench.consultation.decisionRequired') : null);
    if (status === null) return;
    const parsed = ConsultationResponseBodySchema.safeParse({ status, response });
    if (!parsed.success) return setError(t('workbench.consultation.reasonRequired'));
    setError(null);
    setBusy(true);
    try {
      await onSubmit(parsed.data.status, parsed.data.response);
    } catch (e) {
      setError(describeApiError(e, t, t('workbench.common.failed')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label={t('workbench.consultation.respondTo', { name: comment.author.name })}>
      <fieldset className={styles.decision}>
        <legend>{t('workbench.consultation.decision')}</legend>
        {DECISIONS.map((d) => (
          <Choice
            key={d}
            type="radio"
            name={`${id}-status`}
            value={d}
            isInline
            label={t(`workbench.consultation.statusName.${d}`)}
            checked={status === d}
            onChange={() => {
              setStatus(d);
              setDecisionError(null);
            }}
          />
        ))}
        <FormError message={decisionError} />
      </fieldset>
      <FormField label={t('workbench.consultation.reason')} error={error} announceError>
        {(control) => <textarea {...control} rows={2} value={response} onChange={(e) => setResponse(e.currentTarget.value)} />}
      </FormField>
      <Button type="submit" variant="primary" size="small" disabled={busy}>
        {t('workbench.consultation.sendResponse')}
      </Button>
    </form>
  );
}
