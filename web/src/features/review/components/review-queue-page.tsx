import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CycleSummary, ReviewQueue } from '@gci/shared';
import { LoadMore, useKeysetPages } from '../../../components/load-more/index.tsx';
import { ListCount, ListToolbar } from '../../../components/list-toolbar/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { getReviewQueue } from '../api/get-review-queue.ts';
import { reviewQueueOrder } from '../lib/queue-order.ts';
import { toQueueQuery, toSearchParams, type QueueFilters as Filters } from '../lib/queue-filters.ts';
import { QueueFilters } from './queue-filters.tsx';
import { QueueTable } from './queue-table.tsx';
import styles from './review-queue-page.module.css';

interface Props {
  queue: ReviewQueue;
  cycles: readonly CycleSummary[];
  filters: Filters;
  defaultCycle: number | null;
}

/** `/review`: what waits for review, filtered by state, region, country, cycle and deadline, a page at a time. */
export function ReviewQueuePage({ queue, cycles, filters, defaultCycle }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [, setSearchParams] = useSearchParams();
  // Each page in the reader's order (country names in their language), a loaded page after the ones
  // shown: sorting them all together would put rows of a later page among those already read.
  const first = useMemo(() => ({ ...queue, items: reviewQueueOrder(queue.items, locale) }), [queue, locale]);
  const pages = useKeysetPages(first, async (after) => {
    const page = await getReviewQueue({ ...toQueueQuery(filters, defaultCycle), after });
    return { ...page, items: reviewQueueOrder(page.items, locale) };
  });
  const { items } = pages;
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
          countries={queue.countries}
          onChange={(next) => setSearchParams(toSearchParams(next), { replace: true })}
        />
        <ListCount testId="queue-count">{t('review.queue.shown', { count: items.length })}</ListCount>
      </ListToolbar>
      <QueueTable items={items} locale={locale} now={new Date()} />
      <LoadMore pages={pages} testId="queue-more" />
    </section>
  );
}
