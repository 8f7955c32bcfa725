import { useTranslation } from 'react-i18next';
import type { CycleSummary } from '@gci/shared';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { Tag } from '../common/tag.tsx';
import { HashText } from '../versions/hash-text.tsx';
import styles from './publications-list.module.css';

/** A cycle's publications, newest first; every one but the newest has been superseded. */
export function PublicationsList({ publications, highlight }: { publications: CycleSummary['publications']; highlight: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (publications.length === 0) return <EmptyState>{t('workbench.cycles.notPublished')}</EmptyState>;
  const supersededBy = new Map(publications.filter((p) => p.supersedesId).map((p) => [p.supersedesId!, p]));
  return (
    <ol className={styles.list} reversed>
      {[...publications].reverse().map((p) => {
        const next = supersededBy.get(p.id);
        return (
          <li key={p.id} data-publication-id={p.id} data-current={!next || undefined} className={p.id === highlight ? styles.new : undefined}>
            <span>{format.dateTime(p.publishedAt)}</span> <HashText hash={p.contentHash} />{' '}
            {next ? (
              <Tag>{t('workbench.cycles.superseded', { date: format.dateTime(next.publishedAt) })}</Tag>
            ) : (
              <Tag tone="success">{t('workbench.cycles.current')}</Tag>
            )}
            {p.id === highlight && <Tag look="note">{t('workbench.cycles.justPublished')}</Tag>}
            {p.note && <p className={styles.note}>{p.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
