import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../lib/describe-api-error.ts';
import { Button } from '../button/index.tsx';
import { FormError } from '../form-field/index.tsx';
import styles from './load-more.module.css';

export interface KeysetPage<Item> {
  items: Item[];
  /** the cursor of the next page, null on the last */
  next: string | null;
}

/**
 * The rows of a list paged by cursor: the first page (from the loader) and those loaded after it
 * with `loadMore`. Starts again from the first page whenever that page changes (new filters).
 */
export function useKeysetPages<Item>(first: KeysetPage<Item>, fetchPage: (after: string) => Promise<KeysetPage<Item>>) {
  const [pages, setPages] = useState<KeysetPage<Item>>(first);
  const [isLoading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [shownFirst, setShownFirst] = useState(first);
  const latestFirst = useRef(first);
  useEffect(() => {
    latestFirst.current = first;
  }, [first]);
  if (first !== shownFirst) {
    // new filters: start again from their first page
    setShownFirst(first);
    setPages(first);
    setError(null);
  }

  async function loadMore() {
    if (!pages.next || isLoading) return;
    const from = shownFirst;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchPage(pages.next);
      // a page asked for under filters since replaced belongs to no list on screen
      if (latestFirst.current === from) setPages((shown) => ({ items: [...shown.items, ...page.items], next: page.next }));
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }
  return { items: pages.items, hasMore: pages.next !== null, isLoading, error, loadMore };
}

/** "Load more" under a list paged by cursor; says why when a page could not be loaded. */
export function LoadMore({
  pages,
  testId,
}: {
  pages: Pick<ReturnType<typeof useKeysetPages>, 'hasMore' | 'isLoading' | 'error' | 'loadMore'>;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!pages.hasMore) return null;
  return (
    <div className={styles.more}>
      <FormError message={pages.error ? describeApiError(pages.error, t, t('errors.loadFailed')) : null} />
      <Button onClick={() => void pages.loadMore()} disabled={pages.isLoading} data-testid={testId}>
        {pages.isLoading ? t('ui.loadingMore') : t('ui.loadMore')}
      </Button>
    </div>
  );
}
