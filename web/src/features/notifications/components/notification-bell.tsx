import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Role } from '@gci/shared';
import { Button, buttonClass } from '../../../components/button/index.tsx';
import { useNotifications } from '../lib/use-notifications.ts';
import { NotificationList } from './notification-list.tsx';
import styles from './notification-bell.module.css';

/** The bell in the header: the unread count, and on click the list with links and "mark all read". */
export function NotificationBell({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { inbox, isSignedOut, markRead } = useNotifications();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // Open on the page where it was opened: moving to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const setOpen = (open: boolean) => setOpenOn(open ? pathname : null);

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [isOpen]);

  if (isSignedOut) return null;
  const unread = inbox?.unread ?? 0;
  return (
    <div className={styles.bell} ref={root}>
      <button
        ref={button}
        type="button"
        className={buttonClass({ className: styles.button })}
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={t('notifications.button', { count: unread })}
        onClick={() => setOpen(!isOpen)}
        data-testid="notification-bell"
        data-unread={unread}
      >
        <svg className={styles.icon} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className={styles.count} aria-hidden="true" data-testid="notification-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <div id={panelId} className={styles.panel} role="region" aria-label={t('notifications.title')} hidden={!isOpen}>
        <div className={styles.header}>
          <h2 className={styles.title}>{t('notifications.title')}</h2>
          {unread > 0 && (
            <Button variant="link" size="small" onClick={() => void markRead()} data-testid="mark-all-read">
              {t('notifications.markAll')}
            </Button>
          )}
        </div>
        {inbox && (
          <NotificationList
            notifications={inbox.notifications}
            next={inbox.next}
            role={role}
            onOpen={(n) => {
              setOpen(false);
              if (!n.read) void markRead(n.id);
            }}
          />
        )}
      </div>
    </div>
  );
}
