import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thread } from '@gci/shared';
import { replyToThread } from '../api/reply-to-thread.ts';
import { resolveThread } from '../api/resolve-thread.ts';
import { describeError } from '../lib/describe-error.ts';
import { canComment, canResolve } from '../lib/permissions.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { CommentForm } from './comment-form.tsx';

/** One conversation: its comments, a reply box while open, and (for reviewers) Resolve. */
export function ThreadView({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const { user, refresh } = useReview();
  const format = useFormatters();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isOpen = thread.status === 'open';

  const resolve = async () => {
    setBusy(true);
    setError(null);
    try {
      await resolveThread(thread.id);
      await refresh();
    } catch (failure) {
      setError(describeError(failure, t, t('review.thread.resolveFailed')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className={`thread thread--${thread.status}`} data-thread-id={thread.id} data-thread-status={thread.status} data-thread-kind={thread.kind} aria-label={t(`review.thread.kind.${thread.kind}`)}>
      <p className="thread__header">
        <span className="thread__kind">{t(`review.thread.kind.${thread.kind}`)}</span>
        {isOpen ? (
          <span className="tag tag--warning">{t('review.thread.open')}</span>
        ) : (
          <span className="tag">
            {thread.resolvedBy && thread.resolvedAt ? t('review.thread.resolvedBy', { name: thread.resolvedBy.name, date: format.dateTime(thread.resolvedAt) }) : t('review.thread.resolved')}
          </span>
        )}
      </p>
      <ol className="thread__comments">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment" data-author-role={comment.author.role}>
            <p className="comment__meta">
              <bdi className="comment__author">{comment.author.name}</bdi>
              {' · '}
              {t(`review.roles.${comment.author.role}`, { defaultValue: comment.author.role })}
              {' · '}
              <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
            </p>
            <p className="comment__body" dir="auto">
              {comment.body}
            </p>
          </li>
        ))}
      </ol>
      {isOpen && canComment(user.role) && (
        <CommentForm
          label={t('review.thread.reply')}
          submitLabel={t('review.thread.send')}
          failedMessage={t('review.thread.replyFailed')}
          testId="reply-form"
          onSubmit={async (body) => {
            await replyToThread(thread.id, body);
            await refresh();
          }}
        />
      )}
      {isOpen && canResolve(user.role) && (
        <div className="form-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void resolve()} data-testid="resolve-thread">
            {t('review.thread.resolve')}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
