import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorldMapProps } from './world-map.tsx';
import styles from './map-section.module.css';

// The map (d3-geo, topojson and the world outline) is its own chunk, fetched after the lists render.
const WorldMap = lazy(() => import('./world-map.tsx'));

/** The map view of the tiers, with a way past it for keyboard users (every country on it is a tab stop). */
export function MapSection(props: WorldMapProps) {
  const { t } = useTranslation();
  return (
    <section className={styles.section} aria-label={t('public.map.title')}>
      <a className={styles.skip} href="#tier-lists">
        {t('public.map.skip')}
      </a>
      <Suspense fallback={<div className={styles.placeholder} aria-busy="true" />}>
        <WorldMap {...props} />
      </Suspense>
      <p className={styles.disclaimer} data-testid="map-disclaimer">
        {t('public.map.disclaimer')}
      </p>
    </section>
  );
}
