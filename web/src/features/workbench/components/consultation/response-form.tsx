import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsultationResponseBodySchema, type ConsultationComment } from '@gci/shared';
import { isApiError } from '../../../../lib/api-client.ts';

type Decision = 'answered' | 'taken_into_account' | 'not_taken_into_account';
const DECISIONS: readonly Decision[] = ['taken_into_account', 'not_taken_into_account', 'answered'];

/** An analyst's answer to one comment: the decision and the reason, both required. */
export function ResponseForm({ comment, onSubmit }: { comment: ConsultationComment; onSubmit: (status: Decision, response: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Decision>(comment.status === 'open' ? 'taken_into_account' : (comment.status as Decision));
  const [response, setResponse] = useState(comment.response ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `respond-${comment.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ConsultationResponseBodySchema.safeParse({ status, response });
    if (!parsed.success) return setError(t('workbench.consultation.reasonRequired'));
    setError(null);
    setBusy(true);
    try {
      await onSubmit(parsed.data.status, parsed.data.response);
    } catch (e) {
      setError(isApiError(e) ? e.message : t('workbench.common.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="response-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('workbench.consultation.respondTo', { name: comment.author.name })}>
      <fieldset>
        <legend>{t('workbench.consultation.decision')}</legend>
        {DECISIONS.map((d) => (
          <span key={d} className="choice-inline">
            <input type="radio" id={`${id}-${d}`} name={`${id}-status`} value={d} checked={status === d} onChange={() => setStatus(d)} />
            <label htmlFor={`${id}-${d}`}>{t(`workbench.consultation.statusName.${d}`)}</label>
          </span>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('workbench.consultation.reason')}</label>
        <textarea id={`${id}-reason`} rows={2} value={response} onChange={(e) => setResponse(e.currentTarget.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      </div>
      {error && (
        <p className="form-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {t('workbench.consultation.sendResponse')}
      </button>
    </form>
  );
}
