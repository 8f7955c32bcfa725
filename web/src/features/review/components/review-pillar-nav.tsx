import { useTranslation } from 'react-i18next';
import { PillarNav, PillarNavLink } from '../../../components/pillar-nav/index.tsx';
import { Tag, TagList } from '../../../components/tag/index.tsx';
import { useReview } from '../lib/review-context.ts';
import styles from './review-pillar-nav.module.css';

/** The pillars, each with how many of its questions have open threads or were flagged. */
export function ReviewPillarNav({ current, flagged }: { current: string; flagged: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { methodology, threads, index } = useReview();
  const pillarOf = (key: string) => index.questions.get(key)?.pillarKey;
  return (
    <PillarNav label={t('review.page.pillars')}>
      {methodology.pillars.map((pillar) => {
        const open = threads.filter((th) => th.status === 'open' && th.questionKey && pillarOf(th.questionKey) === pillar.key).length;
        const marked = [...flagged].filter((key) => pillarOf(key) === pillar.key).length;
        return (
          <PillarNavLink key={pillar.key} search={`?pillar=${encodeURIComponent(pillar.key)}`} isCurrent={current === pillar.key} pillarKey={pillar.key}>
            <span className={styles.entry}>
              <span>{index.pillarTitles.get(pillar.key)}</span>
              <TagList>
                {open > 0 && <Tag tone="warning">{t('review.page.openCount', { count: open })}</Tag>}
                {marked > 0 && <Tag tone="flagged">{t('review.page.flaggedCount', { count: marked })}</Tag>}
              </TagList>
            </span>
          </PillarNavLink>
        );
      })}
    </PillarNav>
  );
}
