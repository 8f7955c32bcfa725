import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmissionCheckSchema, isEditableByTeam, localize, questionsByKey, type AssessmentSummary, type MissingItem, type SubmissionCheck } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { ConfirmPanel } from '../../../components/confirm-panel/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { LoadingState } from '../../../components/loading-state/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { getSubmissionCheck } from '../api/get-submission-check.ts';
import { submitAssessment } from '../api/submit-assessment.ts';
import { fallbackLang } from '../../../lib/fallback-lang.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { MissingList } from './missing-list.tsx';
import focus from './focus-heading.module.css';
import styles from './submission-panel.module.css';

const REASONS: MissingItem['reason'][] = ['required_answer', 'required_evidence', 'carried_over'];

/** What is still missing (as the server sees it), with links to each question, and the Submit button. */
export function SubmissionPanel({ onSubmitted }: { onSubmitted: (summary: AssessmentSummary) => void }) {
  const { t } = useTranslation();
  const { assessment, methodology, locale, snapshot, canEdit } = useQuestionnaire();
  const [check, setCheck] = useState<SubmissionCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const format = useFormatters();
  const pending = Object.keys(snapshot.edits).length;
  const titles = useMemo(
    () =>
      new Map(
        [...questionsByKey(methodology)].map(([key, e]) => [
          key,
          { text: localize(e.node.texts.title, locale), lang: fallbackLang(e.node.texts.title, locale) },
        ]),
      ),
    [methodology, locale],
  );

  const load = useCallback(async () => {
    try {
      const fresh = await getSubmissionCheck(assessment.id);
      setCheck(fresh);
      setError(null);
    } catch {
      setError(t('questionnaire.submit.checkFailed'));
    }
  }, [assessment.id, t]);

  // The server checks what it has: look again once the queued edits have reached it.
  useEffect(() => {
    // load() sets state only once the reply is in (after its await), which the rule cannot see
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (pending === 0) void load();
  }, [pending, load]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onSubmitted(await submitAssessment(assessment.id));
      // The question is answered: the panel now says what happened, not "Submit now?".
      setConfirming(false);
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
  // Once sent, "ready" is history: say when it was submitted instead of inviting a submission.
  const isSubmitted = !isEditableByTeam(assessment.status) && assessment.submittedAt !== null;
  return (
    <section className={styles.panel} aria-labelledby="submission-title" data-testid="submission-panel">
      <h2 id="submission-title" className={focus.heading} tabIndex={-1} data-focus-on-change>
        {t('questionnaire.submit.title')}
      </h2>
      <p>{t('questionnaire.submit.intro')}</p>
      {pending > 0 && <Notice tone="warning">{t('questionnaire.submit.pending', { count: pending })}</Notice>}
      {!check && !error && pending === 0 && <LoadingState />}
      {isSubmitted ? (
        <Notice tone="success" data-testid="submission-done">
          {t('questionnaire.submit.submittedOn', { date: format.date(assessment.submittedAt ?? '') })}
        </Notice>
      ) : (
        check &&
        (check.ready ? (
          <Notice tone="success" data-testid="submission-ready">
            {t('questionnaire.submit.ready')}
          </Notice>
        ) : (
          REASONS.map((reason) => <MissingList key={reason} reason={reason} items={check.missing.filter((item) => item.reason === reason)} titles={titles} />)
        ))
      )}
      <FormActions>
        {!isSubmitted && <Button onClick={() => void load()}>{t('questionnaire.submit.checkAgain')}</Button>}
        {canEdit && !confirming && (
          <Button variant="primary" disabled={!canSubmit} onClick={() => setConfirming(true)}>
            {t('questionnaire.submit.submit')}
          </Button>
        )}
      </FormActions>
      {confirming && (
        <ConfirmPanel
          message={t('questionnaire.submit.confirmBody')}
          confirmLabel={t('questionnaire.submit.confirm')}
          busy={busy}
          onConfirm={() => void submit()}
          onCancel={() => setConfirming(false)}
        />
      )}
      <FormError message={error} />
    </section>
  );
}
