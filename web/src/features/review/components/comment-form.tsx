import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewCommentBodySchema } from '@gci/shared';
import { describeError } from '../lib/describe-error.ts';

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
  const id = useId();
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
    <form className="comment-form" onSubmit={(event) => void submit(event)} data-testid={testId} noValidate>
      <div className="field">
        <label htmlFor={`${id}-body`}>{label}</label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={3}
          value={body}
          maxLength={10_000}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('review.comment.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
