import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Notification, Role } from '@gci/shared';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { LoadMore, useKeysetPages } from '../../../components/load-more/index.tsx';
import { getNotifications } from '../api/get-notifications.ts';
import { ASSESSMENT_STEP_EVENTS } from '../../../lib/assessment-events.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { notificationTarget } from '../lib/notification-target.ts';
import styles from './notification-list.module.css';

const KINDS = [
  'comment',
  'answer.corrected',
  ...ASSESSMENT_STEP_EVENTS,
  'assessment.receipt',
  'cycle.deadline',
  'cycle.published',
  'assistance.update',
] as const;
type Kind = (typeof KINDS)[number];
const knownKind = (kind: string): Kind | undefined => KINDS.find((k) => k === kind);

interface Props {
  notifications: Notification[];
  /** the cursor of the notices after these, null when these are all */
  next: string | null;
  role: Role;
  onOpen: (notification: Notification) => void;
}

/**
 * Newest first. The kind is named in the reader's language; the server's title (written in the
 * recipient's language when the notice was made, with the country and cycle) follows as the detail.
 */
export function NotificationList({ notifications: firstPage, next, role, onOpen }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const first = useMemo(() => ({ items: firstPage, next }), [firstPage, next]);
  const pages = useKeysetPages(first, async (after) => {
    const inbox = await getNotifications(undefined, after);
    return { items: inbox.notifications, next: inbox.next };
  });
  const notifications = pages.items;
  if (notifications.length === 0) {
    return (
      <div className={styles.empty}>
        <EmptyState>{t('notifications.none')}</EmptyState>
      </div>
    );
  }
  return (
    <>
      <ul className={styles.list}>
        {notifications.map((n) => {
          const kind = knownKind(n.kind);
          const target = notificationTarget(n.link, role);
          const content = (
            <>
              <span className={styles.kind}>
                {!n.read && <span className="visually-hidden">{t('notifications.unreadMark')} </span>}
                {kind ? t(`notifications.kind.${kind}`) : n.title}
              </span>
              {kind && (
                <span className={styles.title} dir="auto">
                  {n.title}
                </span>
              )}
              <time className={styles.time} dateTime={n.createdAt}>
                {format.dateTime(n.createdAt)}
              </time>
            </>
          );
          return (
            <li
              key={n.id}
              data-notification-id={n.id}
              className={n.read ? styles.item : `${styles.item} ${styles.unread}`}
              data-notification-kind={n.kind}
              data-read={n.read}
            >
              {target ? (
                <Link to={target} onClick={() => onOpen(n)}>
                  {content}
                </Link>
              ) : (
                <div>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
      <LoadMore pages={pages} testId="notifications-more" />
    </>
  );
}
