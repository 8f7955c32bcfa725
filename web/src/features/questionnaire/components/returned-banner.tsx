import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { questionsByKey, localize } from '@gci/shared';
import { Notice } from '../../../components/notice/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import type { ReturnDetails } from '../api/get-return-details.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import styles from './returned-banner.module.css';

/**
 * On a returned questionnaire: the reviewer's reason, the questions to rework (each a link), and
 * "Next returned question", which walks them in order from the one in view.
 */
export function ReturnedBanner({ details }: { details: ReturnDetails }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { assessment, methodology, locale } = useQuestionnaire();
  const { hash } = useLocation();
  const { request } = details;
  const questions = questionsByKey(methodology);
  const keys = request.questionKeys.filter((key) => questions.has(key));
  const linkTo = (key: string) => ({
    pathname: `/assessments/${assessment.id}`,
    search: `?pillar=${encodeURIComponent(questions.get(key)?.pillarKey ?? '')}`,
    hash: `q-${key}`,
  });
  const current = hash.startsWith('#q-') ? keys.indexOf(decodeURIComponent(hash.slice(3))) : -1;
  const next = keys.length ? keys[(current + 1) % keys.length] : undefined;
  return (
    <Notice tone="warning" data-testid="returned-banner">
      <p className={styles.title}>{t('questionnaire.returned.by', { name: request.createdBy.name, date: format.dateTime(request.createdAt) })}</p>
      <blockquote className={styles.reason} dir="auto" data-testid="returned-reason">
        {request.comment}
      </blockquote>
      {keys.length > 0 && (
        <>
          <p>{t('questionnaire.returned.flagged', { count: keys.length })}</p>
          <ol className={styles.questions}>
            {keys.map((key) => (
              <li key={key} data-question-key={key}>
                <Link to={linkTo(key)}>{localize(questions.get(key)!.node.texts.title, locale)}</Link>
              </li>
            ))}
          </ol>
          {next && (
            <Link className={styles.next} to={linkTo(next)} data-testid="next-returned">
              {t('questionnaire.returned.next')}
            </Link>
          )}
        </>
      )}
    </Notice>
  );
}
