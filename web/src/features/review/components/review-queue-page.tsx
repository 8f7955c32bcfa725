import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CycleSummary, QueueItem } from '@gci/shared';
import { ListCount, ListToolbar } from '../../../components/list-toolbar/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { toSearchParams, type QueueFilters as Filters } from '../lib/queue-filters.ts';
import { QueueFilters } from './queue-filters.tsx';
import { QueueTable } from './queue-table.tsx';
import styles from './review-queue-page.module.css';

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
    <section aria-labelledby="review-queue-title">
      <PageTitle title={t('review.queue.title')} />
      <h1 id="review-queue-title">{t('review.queue.title')}</h1>
      <p className={styles.lead}>{t('review.queue.intro')}</p>
      <ListToolbar>
        <QueueFilters
          filters={filters}
          cycles={cycles}
          defaultCycle={defaultCycle}
          onChange={(next) => setSearchParams(toSearchParams(next), { replace: true })}
        />
        <ListCount testId="queue-count">{t('review.queue.shown', { count: items.length })}</ListCount>
      </ListToolbar>
      <QueueTable items={items} locale={locale} now={new Date()} />
    </section>
  );
}
