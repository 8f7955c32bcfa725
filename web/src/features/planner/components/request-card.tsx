import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAssistanceMove, nextAssistanceStatuses, type AssistanceRequest, type AssistanceStatus, type Role } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { commentRequest, moveRequest } from '../api/action-plan.ts';
import styles from './planner.module.css';

/** One request for assistance: where it stands, its thread, and the moves the reader may make. */
export function RequestCard({
  request,
  role,
  title,
  onChanged,
}: {
  request: AssistanceRequest;
  role: Role;
  title: string;
  onChanged: (r: AssistanceRequest) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const moves = nextAssistanceStatuses(request.status).filter((to) => checkAssistanceMove(role, request.status, to).ok);
  const mayComment = role !== 'reviewer';

  const act = async (work: () => Promise<AssistanceRequest>) => {
    setError(null);
    try {
      onChanged(await work());
      setComment('');
    } catch {
      setError(t('planner.requests.failed'));
    }
  };
  const move = (to: AssistanceStatus) => act(() => moveRequest(request.id, to, comment.trim() || undefined));
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim()) void act(() => commentRequest(request.id, comment.trim()));
  };

  return (
    <article className={styles.gap} data-testid="assistance-request" data-status={request.status}>
      <div className={styles.row}>
        <h4>
          {request.iso3} · {title}
        </h4>
        <Tag>{t(`planner.statuses.${request.status}`)}</Tag>
      </div>
      {request.note && <p>{request.note}</p>}
      <p className={styles.muted}>{t('planner.requests.since', { date: format.date(request.createdAt) })}</p>
      {request.comments.length > 0 && (
        <ul className={styles.list}>
          {request.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.authorName}</strong> ({format.date(c.createdAt)}): {c.body}
            </li>
          ))}
        </ul>
      )}
      {mayComment && request.status !== 'closed' && (
        <form onSubmit={send} className={styles.form}>
          <FormField label={t('planner.requests.comment')}>
            {(c) => <textarea {...c} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </FormField>
          <div className={styles.row}>
            <Button type="submit" size="small" disabled={!comment.trim()}>
              {t('planner.requests.send')}
            </Button>
            {moves.map((to) => (
              <Button key={to} size="small" variant={to === 'closed' ? 'secondary' : 'primary'} onClick={() => void move(to)}>
                {t(`planner.moves.${to as Exclude<AssistanceStatus, 'requested'>}`)}
              </Button>
            ))}
          </div>
        </form>
      )}
      <FormError message={error} />
    </article>
  );
}
