import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationComment } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { Tag, type TagTone } from '../common/tag.tsx';
import text from '../common/text.module.css';
import { ResponseForm } from './response-form.tsx';
import styles from './comment-card.module.css';

const TONES: Record<ConsultationComment['status'], TagTone> = {
  open: 'warning',
  answered: 'neutral',
  taken_into_account: 'success',
  not_taken_into_account: 'danger',
};

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
    <article className={styles.card} data-comment-id={comment.id} data-status={comment.status}>
      <header>
        <Tag tone={TONES[comment.status]} data-testid="comment-status">
          {t(`workbench.consultation.statusName.${comment.status}`)}
        </Tag>{' '}
        <strong>
          <bdi>{comment.author.name}</bdi>
        </strong>{' '}
        <span className={text.muted}>
          ({comment.country}) · {format.dateTime(comment.createdAt)} · {context}
        </span>
      </header>
      <p className={styles.body} data-testid="comment-body">
        {comment.body}
      </p>
      {comment.response && (
        <div className={styles.response} data-testid="comment-response">
          <p className={text.muted}>
            {t('workbench.consultation.answeredBy', {
              name: comment.respondedBy?.name ?? '',
              date: comment.respondedAt ? format.dateTime(comment.respondedAt) : '',
            })}
          </p>
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
          <Button size="small" onClick={() => setEditing(true)}>
            {t('workbench.consultation.changeResponse')}
          </Button>
        )
      )}
    </article>
  );
}
