import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CorrectionBodySchema, checkAnswer, type AnswerState, type AnswerValue, type QuestionSpec } from '@gci/shared';
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
    <form className="correction-form" onSubmit={(event) => void submit(event)} noValidate data-testid="correction-form">
      <p className="correction-form__intro">{t('review.correction.intro')}</p>
      <AnswerInput spec={spec} mode="form" id={`${id}-value`} label={t('review.correction.value')} value={value} locale={locale} onChange={setValue} />
      {errors.value && (
        <p className="field-error" role="alert">
          {errors.value}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('review.correction.reason')}</label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          maxLength={2000}
          value={reason}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`${id}-reason-hint${errors.reason ? ` ${id}-reason-error` : ''}`}
          onChange={(e) => setReason(e.target.value)}
        />
        <p id={`${id}-reason-hint`} className="field-hint">
          {t('review.correction.reasonHint')}
        </p>
        {errors.reason && (
          <p id={`${id}-reason-error`} className="field-error" role="alert">
            {errors.reason}
          </p>
        )}
      </div>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('review.correction.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('review.comment.cancel')}
        </button>
      </div>
    </form>
  );
}
