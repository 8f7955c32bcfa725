import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { isApiError } from '../../../lib/api-client.ts';
import { getNotifications, type Inbox } from '../api/get-notifications.ts';
import { markNotificationsRead } from '../api/mark-notifications-read.ts';

const POLL_MS = 60_000;

/**
 * The inbox, read when the page changes and every minute. A 401 means the session has ended:
 * `isSignedOut` turns true and the bell hides itself; other failures keep the last inbox shown.
 */
export function useNotifications() {
  const { pathname } = useLocation();
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [isSignedOut, setSignedOut] = useState(false);
  const inFlight = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const fresh = await getNotifications(controller.signal);
      setInbox(fresh);
      setSignedOut(false);
    } catch (error) {
      if (isApiError(error) && error.status === 401) setSignedOut(true);
    }
  }, []);

  useEffect(() => {
    // load() sets state only once the reply is in (after its await), which the rule cannot see
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [pathname, load]);

  useEffect(() => {
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      clearInterval(timer);
      inFlight.current?.abort();
    };
  }, [load]);

  const markRead = useCallback(
    async (id?: string) => {
      setInbox(
        (current) =>
          current && {
            ...current,
            notifications: current.notifications.map((n) => (id === undefined || n.id === id ? { ...n, read: true } : n)),
            unread: id === undefined ? 0 : Math.max(0, current.unread - (current.notifications.some((n) => n.id === id && !n.read) ? 1 : 0)),
          },
      );
      await markNotificationsRead(id).catch(() => undefined); // the next poll shows the server's view
      await load();
    },
    [load],
  );

  return { inbox, isSignedOut, markRead };
}
