import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isEditableByTeam, localize, type Locale, type QueueItem } from '@gci/shared';
import { DataTable, type Column } from '../../../components/data-table/index.tsx';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { StatusTag } from '../../../components/status-tag/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './queue-table.module.css';

const PAGE_SIZE = 25;

/** The assessments to review, in the order given (`reviewQueueOrder`, page by page); the reader can sort by any column. */
export function QueueTable({ items, locale, now }: { items: readonly QueueItem[]; locale: Locale; now: Date }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const country = (item: QueueItem) => localize(item.country.names, locale);
  const columns: Column<QueueItem>[] = [
    {
      key: 'country',
      header: t('review.queue.country'),
      isRowHeader: true,
      sortValue: country,
      cell: (item) => (
        <Link to={`/review/${item.id}`}>
          <bdi>{country(item)}</bdi>
          <span className="visually-hidden">, {item.cycle.name}</span>
        </Link>
      ),
    },
    { key: 'cycle', header: t('review.queue.cycle'), sortValue: (item) => item.cycle.year, cell: (item) => <bdi>{item.cycle.name}</bdi> },
    {
      key: 'status',
      header: t('review.queue.status'),
      sortValue: (item) => t(`assessmentStatus.${item.status}`),
      cell: (item) => <StatusTag status={item.status} />,
    },
    {
      key: 'deadline',
      header: t('review.queue.deadline'),
      sortValue: (item) => Date.parse(item.deadline),
      cell: (item) => (
        <>
          {format.date(item.deadline)}
          {isEditableByTeam(item.status) && new Date(item.deadline) < now && (
            <Tag tone="warning" className={styles.tag}>
              {t('review.queue.overdue')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'completion',
      header: t('review.queue.completion'),
      isNumeric: true,
      sortValue: (item) => item.completion,
      cell: (item) => (
        <span className={styles.completion} data-testid="completion">
          <span className={styles.bar} aria-hidden="true">
            <span style={{ inlineSize: `${Math.round(item.completion * 100)}%` }} />
          </span>
          {format.percent(item.completion)}
        </span>
      ),
    },
    {
      key: 'openThreads',
      header: t('review.queue.openThreads'),
      isNumeric: true,
      sortValue: (item) => item.openThreads,
      cell: (item) => (item.openThreads > 0 ? <strong>{item.openThreads}</strong> : item.openThreads),
      cellProps: () => ({ 'data-testid': 'open-threads' }),
    },
  ];
  return (
    <DataTable
      caption={t('review.queue.caption')}
      isCaptionHidden
      columns={columns}
      rows={items}
      rowProps={(item) => ({ 'data-assessment-id': item.id, 'data-status': item.status })}
      pageSize={PAGE_SIZE}
      empty={<EmptyState>{t('review.queue.empty')}</EmptyState>}
      isBoxed
      testId="review-queue"
    />
  );
}
