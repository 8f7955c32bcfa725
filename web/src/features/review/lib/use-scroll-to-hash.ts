import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Brings `#q-<key>` (or any id in the hash) into view and focuses it once `rendered` shows it. */
export function useScrollToHash(rendered: string): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash, rendered]);
}
