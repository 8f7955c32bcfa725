import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CorrectionBodySchema, checkAnswer, type AnswerState, type AnswerValue, type QuestionSpec } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import styles from './correction-form.module.css';
import { AnswerInput } from '../../../components/answer-input/answer-input.tsx';
import { correctAnswer } from '../api/correct-answer.ts';
import { describeError } from '../lib/describe-error.ts';
import { useReview } from '../lib/review-context.ts';

interface Props {
  questionKey: string;
  spec: QuestionSpec;
  answer: AnswerState;
  onDone: () => void;
}

/** A reviewer changes an answer, saying why; the country team sees the correction and its reason. */
export function CorrectionForm({ questionKey, spec, answer, onDone }: Props) {
  const { t } = useTranslation();
  const { assessment, refresh, locale } = useReview();
  const id = useId();
  const [value, setValue] = useState<AnswerValue>(answer.value);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ value?: string; reason?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkAnswer(spec, value);
    const body = CorrectionBodySchema.safeParse({ value, baseVersion: answer.version, reason });
    const next = {
      value: check.ok ? undefined : t('review.correction.invalidValue'),
      reason: body.success || body.error.issues.every((i) => i.path[0] !== 'reason') ? undefined : t('review.correction.reasonRequired'),
    };
    setErrors(next);
    if (next.value || next.reason || !body.success) return;
    setBusy(true);
    try {
      await correctAnswer(assessment.id, questionKey, body.data);
      await refresh();
      onDone();
    } catch (failure) {
      setErrors({ form: describeError(failure, t, t('review.correction.failed')) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate data-testid="correction-form">
      <p className="correction-form__intro">{t('review.correction.intro')}</p>
      <AnswerInput spec={spec} mode="form" id={`${id}-value`} label={t('review.correction.value')} value={value} locale={locale} onChange={setValue} />
      {errors.value && <FormError message={errors.value} />}
      <FormField label={t('review.correction.reason')} hint={t('review.correction.reasonHint')} error={errors.reason} announceError>
        {(control) => <textarea {...control} name="reason" rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <FormError message={errors.form} />
      <FormActions>
        <Button type="submit" variant="primary" disabled={busy}>
          {t('review.correction.save')}
        </Button>
        <Button onClick={onDone}>{t('ui.cancel')}</Button>
      </FormActions>
    </form>
  );
}
