import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewCommentBodySchema } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { FormField } from '../../../components/form-field/index.tsx';
import { describeError } from '../lib/describe-error.ts';
import styles from './comment-form.module.css';

interface Props {
  label: string;
  submitLabel: string;
  /** what failed, in the user's words, when the server gives no better reason */
  failedMessage: string;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  testId?: string;
  autoFocus?: boolean;
}

/** A comment box checked with the same schema as the server's; cleared once the comment is sent. */
export function CommentForm({ label, submitLabel, failedMessage, onSubmit, onCancel, testId, autoFocus }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = NewCommentBodySchema.safeParse({ body });
    if (!parsed.success) {
      setError(t('review.comment.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(parsed.data.body);
      setBody('');
    } catch (failure) {
      setError(describeError(failure, t, failedMessage));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} data-testid={testId} noValidate>
      <FormField label={label} error={error} announceError>
        {(control) => (
          <textarea {...control} name="body" rows={3} value={body} maxLength={10_000} autoFocus={autoFocus} onChange={(event) => setBody(event.target.value)} />
        )}
      </FormField>
      <FormActions>
        <Button type="submit" variant="primary" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('ui.cancel')}</Button>}
      </FormActions>
    </form>
  );
}
