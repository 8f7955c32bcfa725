import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isEditableByTeam, localize, type Locale, type QueueItem } from '@gci/shared';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { StatusTag } from './status-tag.tsx';

/** The assessments to review, soonest deadline first. */
export function QueueTable({ items, locale, now }: { items: readonly QueueItem[]; locale: Locale; now: Date }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (items.length === 0) return <p className="notice notice--info">{t('review.queue.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table review-queue">
        <caption className="visually-hidden">{t('review.queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.queue.country')}</th>
            <th scope="col">{t('review.queue.cycle')}</th>
            <th scope="col">{t('review.queue.status')}</th>
            <th scope="col">{t('review.queue.deadline')}</th>
            <th scope="col">{t('review.queue.completion')}</th>
            <th scope="col">{t('review.queue.openThreads')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const isOverdue = isEditableByTeam(item.status) && new Date(item.deadline) < now;
            return (
              <tr key={item.id} data-assessment-id={item.id} data-status={item.status}>
                <th scope="row">
                  <Link to={`/review/${item.id}`}>
                    <bdi>{localize(item.country.names, locale)}</bdi>
                    <span className="visually-hidden">, {item.cycle.name}</span>
                  </Link>
                </th>
                <td>
                  <bdi>{item.cycle.name}</bdi>
                </td>
                <td>
                  <StatusTag status={item.status} />
                </td>
                <td>
                  {format.date(item.deadline)}
                  {isOverdue && <span className="tag tag--warning">{t('review.queue.overdue')}</span>}
                </td>
                <td>
                  <span className="completion" data-testid="completion">
                    <span className="completion__bar" aria-hidden="true">
                      <span style={{ inlineSize: `${Math.round(item.completion * 100)}%` }} />
                    </span>
                    {format.percent(item.completion)}
                  </span>
                </td>
                <td data-testid="open-threads">{item.openThreads > 0 ? <strong>{item.openThreads}</strong> : item.openThreads}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
