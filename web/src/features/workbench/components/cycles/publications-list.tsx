import { useTranslation } from 'react-i18next';
import type { CycleSummary } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { HashText } from '../versions/hash-text.tsx';

/** A cycle's publications, newest first; every one but the newest has been superseded. */
export function PublicationsList({ publications, highlight }: { publications: CycleSummary['publications']; highlight: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (publications.length === 0) return <p className="muted">{t('workbench.cycles.notPublished')}</p>;
  const supersededBy = new Map(publications.filter((p) => p.supersedesId).map((p) => [p.supersedesId!, p]));
  return (
    <ol className="publications" reversed>
      {[...publications].reverse().map((p) => {
        const next = supersededBy.get(p.id);
        return (
          <li key={p.id} data-publication-id={p.id} data-current={!next || undefined} className={p.id === highlight ? 'is-new' : undefined}>
            <span className="publications__time">{format.dateTime(p.publishedAt)}</span> <HashText hash={p.contentHash} />{' '}
            {next ? <span className="status-tag">{t('workbench.cycles.superseded', { date: format.dateTime(next.publishedAt) })}</span> : <span className="status-tag status-tag--final">{t('workbench.cycles.current')}</span>}
            {p.id === highlight && <span className="tag">{t('workbench.cycles.justPublished')}</span>}
            {p.note && <p className="publications__note">{p.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
