import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TransitionBodySchema, visibleQuestionKeys, type Answers } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { FormField } from '../../../components/form-field/index.tsx';
import { useReview } from '../lib/review-context.ts';
import { QuestionPicker } from './question-picker.tsx';
import styles from './return-form.module.css';

interface Props {
  busy: boolean;
  onReturn: (comment: string, questionKeys: string[]) => void;
  onCancel: () => void;
}

/** Return for revision: what needs work, in words, and which questions (the team sees both). */
export function ReturnForm({ busy, onReturn, onCancel }: Props) {
  const { t } = useTranslation();
  const { methodology, answers, index } = useReview();
  const id = useId();
  const [comment, setComment] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const keys = useMemo(() => {
    const values: Answers = Object.fromEntries(Object.entries(answers).map(([key, a]) => [key, a.value]));
    const visible = visibleQuestionKeys(methodology, values);
    return [...index.questions.keys()].filter((key) => visible.has(key));
  }, [methodology, answers, index]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const questionKeys = keys.filter((key) => selected.has(key));
    const body = TransitionBodySchema.safeParse({ action: 'return', comment, questionKeys });
    if (!body.success || !body.data.comment) {
      setError(t('review.return.commentRequired'));
      return;
    }
    setError(null);
    onReturn(body.data.comment, questionKeys);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="return-form">
      <h3 id={`${id}-title`} className={styles.title}>
        {t('review.return.title')}
      </h3>
      <p className={styles.intro}>{t('review.return.intro')}</p>
      <FormField label={t('review.return.comment')} error={error} announceError>
        {(control) => (
          <textarea {...control} name="comment" rows={4} maxLength={10_000} value={comment} autoFocus onChange={(e) => setComment(e.target.value)} />
        )}
      </FormField>
      <QuestionPicker keys={keys} selected={selected} onChange={setSelected} />
      <FormActions>
        <Button type="submit" variant="primary" disabled={busy}>
          {t('review.return.submit')}
        </Button>
        <Button onClick={onCancel}>{t('ui.cancel')}</Button>
      </FormActions>
    </form>
  );
}
