import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmissionCheckSchema, localize, questionsByKey, type AssessmentSummary, type MissingItem, type SubmissionCheck } from '@gci/shared';
import { isApiError } from '../../../lib/api-client.ts';
import { getSubmissionCheck } from '../api/get-submission-check.ts';
import { submitAssessment } from '../api/submit-assessment.ts';
import { fallbackLang } from '../../../lib/fallback-lang.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { MissingList } from './missing-list.tsx';

const REASONS: MissingItem['reason'][] = ['required_answer', 'required_evidence', 'carried_over'];

/** What is still missing (as the server sees it), with links to each question, and the Submit button. */
export function SubmissionPanel({ onSubmitted }: { onSubmitted: (summary: AssessmentSummary) => void }) {
  const { t } = useTranslation();
  const { assessment, methodology, locale, snapshot, canEdit } = useQuestionnaire();
  const [check, setCheck] = useState<SubmissionCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const pending = Object.keys(snapshot.edits).length;
  const titles = useMemo(
    () => new Map([...questionsByKey(methodology)].map(([key, e]) => [key, { text: localize(e.node.texts.title, locale), lang: fallbackLang(e.node.texts.title, locale) }])),
    [methodology, locale],
  );

  const load = useCallback(async () => {
    setError(null);
    try {
      setCheck(await getSubmissionCheck(assessment.id));
    } catch {
      setError(t('questionnaire.submit.checkFailed'));
    }
  }, [assessment.id, t]);

  // The server checks what it has: look again once the queued edits have reached it.
  useEffect(() => {
    if (pending === 0) void load();
  }, [pending, load]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onSubmitted(await submitAssessment(assessment.id));
    } catch (failure) {
      const details = isApiError(failure) ? SubmissionCheckSchema.safeParse(failure.details).data : undefined;
      if (details) setCheck(details);
      setError(details ? t('questionnaire.submit.notReady') : t('questionnaire.submit.failed'));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  const canSubmit = canEdit && check?.ready === true && pending === 0;
  return (
    <section className="submission" aria-labelledby="submission-title" data-testid="submission-panel">
      <h2 id="submission-title" tabIndex={-1} data-focus-on-change>{t('questionnaire.submit.title')}</h2>
      <p>{t('questionnaire.submit.intro')}</p>
      {pending > 0 && <p className="notice notice--warning">{t('questionnaire.submit.pending', { count: pending })}</p>}
      {check && (check.ready ? (
        <p className="notice notice--success" data-testid="submission-ready">{t('questionnaire.submit.ready')}</p>
      ) : (
        REASONS.map((reason) => (
          <MissingList key={reason} reason={reason} items={check.missing.filter((item) => item.reason === reason)} titles={titles} />
        ))
      ))}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void load()}>
          {t('questionnaire.submit.checkAgain')}
        </button>
        {canEdit && !confirming && (
          <button type="button" className="button button--primary" disabled={!canSubmit} onClick={() => setConfirming(true)}>
            {t('questionnaire.submit.submit')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="notice notice--warning" role="alertdialog" aria-labelledby="submit-confirm">
          <p id="submit-confirm">{t('questionnaire.submit.confirmBody')}</p>
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void submit()} autoFocus>
              {t('questionnaire.submit.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('questionnaire.submit.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
