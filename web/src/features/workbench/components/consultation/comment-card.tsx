import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationComment } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { ResponseForm } from './response-form.tsx';

interface Props {
  comment: ConsultationComment;
  /** what the comment is about, as shown in this grouping (the node when grouped by country, and vice versa) */
  context: string;
  canRespond: boolean;
  onRespond: (id: string, status: 'answered' | 'taken_into_account' | 'not_taken_into_account', response: string) => Promise<void>;
}

/** One comment with its author and country, its status, and the analysts' answer. */
export function CommentCard({ comment, context, canRespond, onRespond }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [isEditing, setEditing] = useState(false);
  const showForm = canRespond && (comment.status === 'open' || isEditing);
  return (
    <article className="comment-card" data-comment-id={comment.id} data-status={comment.status}>
      <header className="comment-card__head">
        <span className={`status-tag consultation-status--${comment.status}`}>{t(`workbench.consultation.statusName.${comment.status}`)}</span>{' '}
        <strong>
          <bdi>{comment.author.name}</bdi>
        </strong>{' '}
        <span className="muted">
          ({comment.country}) · {format.dateTime(comment.createdAt)} · {context}
        </span>
      </header>
      <p className="comment-card__body">{comment.body}</p>
      {comment.response && (
        <div className="comment-card__response">
          <p className="muted">{t('workbench.consultation.answeredBy', { name: comment.respondedBy?.name ?? '', date: comment.respondedAt ? format.dateTime(comment.respondedAt) : '' })}</p>
          <p>{comment.response}</p>
        </div>
      )}
      {showForm ? (
        <ResponseForm
          comment={comment}
          onSubmit={async (status, response) => {
            await onRespond(comment.id, status, response);
            setEditing(false);
          }}
        />
      ) : (
        canRespond && (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {t('workbench.consultation.changeResponse')}
          </button>
        )
      )}
    </article>
  );
}
