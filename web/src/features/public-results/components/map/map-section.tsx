import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorldMapProps } from './world-map.tsx';
import styles from './map-section.module.css';

// The map (d3-geo, topojson and the world outline) is its own chunk, fetched after the lists render.
const WorldMap = lazy(() => import('./world-map.tsx'));

// The server sends the page without the map, and the page hydrates without it: the map is drawn
// once the page is interactive, so its code never delays the first paint.
const subscribeToNothing = () => () => undefined;
const useIsHydrated = () =>
  useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );

/** The map view of the tiers, with a way past it for keyboard users (every country on it is a tab stop). */
export function MapSection(props: WorldMapProps) {
  const { t } = useTranslation();
  const isHydrated = useIsHydrated();
  const placeholder = <div className={styles.placeholder} aria-busy="true" />;
  return (
    <section className={styles.section} aria-label={t('public.map.title')}>
      <a className={styles.skip} href="#tier-lists">
        {t('public.map.skip')}
      </a>
      {isHydrated ? (
        <Suspense fallback={placeholder}>
          <WorldMap {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
      {/* Part of the page itself (rendered on the server too), not of the map's chunk. */}
      <p className={styles.disclaimer} data-testid="map-disclaimer">
        {t('public.map.disclaimer')}
      </p>
    </section>
  );
}
