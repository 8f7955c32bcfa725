import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import styles from './returned-flag.module.css';

/** In a returned question: that the reviewer flagged it, and what was said about it, with the way to reply. */
export function ReturnedFlag({ questionKey }: { questionKey: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { assessment, returned } = useQuestionnaire();
  if (!returned?.request.questionKeys.includes(questionKey)) return null;
  const comments = (returned.threadsByQuestion.get(questionKey) ?? []).flatMap((thread) => thread.comments);
  return (
    <div className={styles.flag} data-testid="returned-flag">
      <p className={styles.label}>{t('questionnaire.returned.flag')}</p>
      {comments.length > 0 && (
        <ul className={styles.comments}>
          {comments.map((comment) => (
            <li key={comment.id} data-testid="returned-comment">
              <span className={styles.author}>
                {comment.author.name} · {format.dateTime(comment.createdAt)}
              </span>
              <p dir="auto">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      <Link to={{ pathname: `/assessments/${assessment.id}/review`, hash: `q-${questionKey}` }}>{t('questionnaire.returned.reply')}</Link>
    </div>
  );
}
