import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReview } from '../lib/review-context.ts';

/** The pillars, each with how many of its questions have open threads or were flagged. */
export function ReviewPillarNav({ current, flagged }: { current: string; flagged: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { methodology, threads, index } = useReview();
  const pillarOf = (key: string) => index.questions.get(key)?.pillarKey;
  return (
    <nav className="review-nav" aria-label={t('review.page.pillars')}>
      <ul>
        {methodology.pillars.map((pillar) => {
          const open = threads.filter((th) => th.status === 'open' && th.questionKey && pillarOf(th.questionKey) === pillar.key).length;
          const marked = [...flagged].filter((key) => pillarOf(key) === pillar.key).length;
          return (
            <li key={pillar.key}>
              <Link to={{ search: `?pillar=${encodeURIComponent(pillar.key)}` }} aria-current={current === pillar.key ? 'page' : undefined} data-pillar={pillar.key}>
                <span>{index.pillarTitles.get(pillar.key)}</span>
                <span className="review-nav__counts">
                  {open > 0 && <span className="tag tag--warning">{t('review.page.openCount', { count: open })}</span>}
                  {marked > 0 && <span className="tag tag--flagged">{t('review.page.flaggedCount', { count: marked })}</span>}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
