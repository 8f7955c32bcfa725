import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button/index.tsx';
import { openThread } from '../api/open-thread.ts';
import { canComment } from '../lib/permissions.ts';
import { useReview } from '../lib/review-context.ts';
import { CommentForm } from './comment-form.tsx';

/** "Comment on this question" (or on the whole assessment, with `questionKey` null), opened on demand. */
export function NewThread({ questionKey, buttonLabel, label }: { questionKey: string | null; buttonLabel: string; label: string }) {
  const { t } = useTranslation();
  const { assessment, user, refresh } = useReview();
  const [isOpen, setOpen] = useState(false);
  if (!canComment(user.role)) return null;
  if (!isOpen) {
    return (
      <Button size="small" onClick={() => setOpen(true)} data-testid="new-thread">
        {buttonLabel}
      </Button>
    );
  }
  return (
    <CommentForm
      label={label}
      submitLabel={t('review.thread.start')}
      failedMessage={t('review.thread.startFailed')}
      testId="new-thread-form"
      autoFocus
      onCancel={() => setOpen(false)}
      onSubmit={async (body) => {
        await openThread(assessment.id, { questionKey, body });
        setOpen(false);
        await refresh();
      }}
    />
  );
}
