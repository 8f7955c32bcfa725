import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CycleSummary, QueueItem } from '@gci/shared';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { toSearchParams, type QueueFilters as Filters } from '../lib/queue-filters.ts';
import { QueueFilters } from './queue-filters.tsx';
import { QueueTable } from './queue-table.tsx';

interface Props {
  items: readonly QueueItem[];
  cycles: readonly CycleSummary[];
  filters: Filters;
  defaultCycle: number | null;
}

/** `/review`: what waits for review, filtered by state, region, cycle and deadline. */
export function ReviewQueuePage({ items, cycles, filters, defaultCycle }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [, setSearchParams] = useSearchParams();
  return (
    <section className="review-queue-page" aria-labelledby="review-queue-title">
      <PageTitle title={t('review.queue.title')} />
      <h1 id="review-queue-title">{t('review.queue.title')}</h1>
      <p className="lead">{t('review.queue.intro')}</p>
      <div className="results__toolbar">
        <QueueFilters filters={filters} cycles={cycles} defaultCycle={defaultCycle} onChange={(next) => setSearchParams(toSearchParams(next), { replace: true })} />
        <p className="results__shown" role="status" data-testid="queue-count">
          {t('review.queue.shown', { count: items.length })}
        </p>
      </div>
      <QueueTable items={items} locale={locale} now={new Date()} />
    </section>
  );
}
