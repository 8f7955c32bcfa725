import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thread } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { classNames } from '../../../lib/class-names.ts';
import { replyToThread } from '../api/reply-to-thread.ts';
import { resolveThread } from '../api/resolve-thread.ts';
import { describeError } from '../lib/describe-error.ts';
import { canComment, canResolve } from '../lib/permissions.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { CommentForm } from './comment-form.tsx';
import styles from './thread-view.module.css';

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
    <article
      className={classNames(styles.thread, !isOpen && styles.resolved)}
      data-thread-id={thread.id}
      data-thread-status={thread.status}
      data-thread-kind={thread.kind}
      aria-label={t(`review.thread.kind.${thread.kind}`)}
    >
      <p className={styles.header}>
        <span className={styles.kind}>{t(`review.thread.kind.${thread.kind}`)}</span>
        {isOpen ? (
          <Tag tone="warning">{t('review.thread.open')}</Tag>
        ) : (
          <Tag>
            {thread.resolvedBy && thread.resolvedAt
              ? t('review.thread.resolvedBy', { name: thread.resolvedBy.name, date: format.dateTime(thread.resolvedAt) })
              : t('review.thread.resolved')}
          </Tag>
        )}
      </p>
      <ol className={styles.comments}>
        {thread.comments.map((comment) => (
          <li key={comment.id} className={styles.comment} data-author-role={comment.author.role}>
            <p className={styles.meta}>
              <bdi className={styles.author}>{comment.author.name}</bdi>
              {' · '}
              {t(`review.roles.${comment.author.role}`, { defaultValue: comment.author.role })}
              {' · '}
              <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
            </p>
            <p className={styles.body} dir="auto" data-testid="comment-body">
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
        <FormActions>
          <Button disabled={busy} onClick={() => void resolve()} data-testid="resolve-thread">
            {t('review.thread.resolve')}
          </Button>
        </FormActions>
      )}
      <FormError message={error} />
    </article>
  );
}
