import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MissingItem } from '@gci/shared';
import styles from './missing-list.module.css';

/** One kind of missing item, each a link that opens its pillar and jumps to the question. */
export function MissingList({
  reason,
  items,
  titles,
}: {
  reason: MissingItem['reason'];
  items: MissingItem[];
  titles: ReadonlyMap<string, { text: string; lang: { lang?: 'en'; dir?: 'ltr' } }>;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div data-reason={reason}>
      <h3 className={styles.title}>{t(`questionnaire.submit.reason.${reason}`, { n: items.length })}</h3>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.questionKey}>
            <Link
              to={{ search: `?pillar=${encodeURIComponent(item.pillarKey)}`, hash: `q-${item.questionKey}` }}
              data-question-link={item.questionKey}
              {...titles.get(item.questionKey)?.lang}
            >
              {titles.get(item.questionKey)?.text ?? item.questionKey}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
