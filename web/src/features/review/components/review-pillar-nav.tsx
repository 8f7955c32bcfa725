import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Tag } from '../../../components/tag/index.tsx';
import { useReview } from '../lib/review-context.ts';
import styles from './review-pillar-nav.module.css';

/** The pillars, each with how many of its questions have open threads or were flagged. */
export function ReviewPillarNav({ current, flagged }: { current: string; flagged: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { methodology, threads, index } = useReview();
  const pillarOf = (key: string) => index.questions.get(key)?.pillarKey;
  return (
    <nav className={styles.nav} aria-label={t('review.page.pillars')}>
      <ul className={styles.list}>
        {methodology.pillars.map((pillar) => {
          const open = threads.filter((th) => th.status === 'open' && th.questionKey && pillarOf(th.questionKey) === pillar.key).length;
          const marked = [...flagged].filter((key) => pillarOf(key) === pillar.key).length;
          return (
            <li key={pillar.key}>
              <Link
                to={{ search: `?pillar=${encodeURIComponent(pillar.key)}` }}
                className={styles.link}
                aria-current={current === pillar.key ? 'page' : undefined}
                data-pillar={pillar.key}
              >
                <span>{index.pillarTitles.get(pillar.key)}</span>
                <span className={styles.counts}>
                  {open > 0 && <Tag tone="warning">{t('review.page.openCount', { count: open })}</Tag>}
                  {marked > 0 && <Tag tone="flagged">{t('review.page.flaggedCount', { count: marked })}</Tag>}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
