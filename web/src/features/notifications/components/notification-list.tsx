import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Notification, Role } from '@gci/shared';
import { useLocale } from '../../../i18n/use-locale.ts';
import { notificationTarget } from '../lib/notification-target.ts';

const KINDS = ['comment', 'answer.corrected', 'assessment.submit', 'assessment.start_review', 'assessment.return', 'assessment.resubmit', 'assessment.validate', 'assessment.accept', 'assessment.dispute', 'assessment.finalize'] as const;
type Kind = (typeof KINDS)[number];
const knownKind = (kind: string): Kind | undefined => KINDS.find((k) => k === kind);

interface Props {
  notifications: readonly Notification[];
  role: Role;
  onOpen: (notification: Notification) => void;
}

/**
 * Newest first. The kind is named in the reader's language; the server's title (in English, with the
 * country, question and reason) follows as the detail.
 */
export function NotificationList({ notifications, role, onOpen }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (notifications.length === 0) return <p className="notification-panel__empty">{t('notifications.none')}</p>;
  return (
    <ul className="notification-list">
      {notifications.map((n) => {
        const kind = knownKind(n.kind);
        const target = notificationTarget(n.link, role);
        const content = (
          <>
            <span className="notification__kind">
              {!n.read && <span className="visually-hidden">{t('notifications.unreadMark')} </span>}
              {kind ? t(`notifications.kind.${kind}`) : n.title}
            </span>
            {kind && (
              <span className="notification__title" dir="auto">
                {n.title}
              </span>
            )}
            <time className="notification__time" dateTime={n.createdAt}>
              {moment.format(new Date(n.createdAt))}
            </time>
          </>
        );
        return (
          <li key={n.id} className={n.read ? 'notification' : 'notification notification--unread'} data-notification-kind={n.kind} data-read={n.read}>
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
  );
}
