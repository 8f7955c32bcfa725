import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A typed field's own text: committed after `delay` ms without typing, on blur, and when the page
 * is hidden; with `delay` 0, on every change. Follows the outside value (e.g. a conflict resolved
 * to the stored answer) unless the user is in the middle of typing.
 */
export function useDraft(value: string, commit: (text: string) => void, onDrafting?: (on: boolean) => void, delay = 600) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ text: value, commit, onDrafting });

  useEffect(() => {
    latest.current.commit = commit;
    latest.current.onDrafting = onDrafting;
  }, [commit, onDrafting]);

  useEffect(() => {
    if (timer.current === null) setDraft(value);
  }, [value]);

  const flush = useCallback(() => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    latest.current.onDrafting?.(false);
    latest.current.commit(latest.current.text);
  }, []);

  const change = useCallback(
    (text: string) => {
      setDraft(text);
      latest.current.text = text;
      if (delay === 0) return latest.current.commit(text);
      if (timer.current !== null) clearTimeout(timer.current);
      else latest.current.onDrafting?.(true);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  return { draft, change, flush };
}
