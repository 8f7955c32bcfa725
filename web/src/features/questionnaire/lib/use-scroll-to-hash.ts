import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another pillar (or the submission check), brings `#q-<key>` into view and
 * focuses it, or else focuses the new section's heading, so keyboard and screen-reader users
 * land where the content changed. Nothing moves on the first render.
 */
export function useScrollToHash(rendered: string): void {
  const { hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const isFirst = first.current;
    first.current = false;
    const target = hash
      ? document.getElementById(decodeURIComponent(hash.slice(1)))
      : isFirst
        ? null
        : document.querySelector<HTMLElement>('[data-focus-on-change]');
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash, rendered]);
}
