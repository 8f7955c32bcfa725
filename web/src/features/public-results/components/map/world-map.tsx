import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localize, type CountryResult, type Locale, type TierInfo } from '@gci/shared';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { publicPaths } from '../../lib/paths.ts';
import { MAP_HEIGHT, MAP_WIDTH, SMALL_STATE_MARKERS, WORLD_SHAPES } from './world-shapes.ts';
import { MapLegend } from './map-legend.tsx';
import styles from './world-map.module.css';

export interface WorldMapProps {
  year: number;
  tiers: TierInfo[];
  /** the countries shown (the region filter applied); the others are drawn in neutral grey */
  countries: CountryResult[];
  locale: Locale;
}

interface Placed {
  iso3: string;
  name: string;
  tier: TierInfo;
  d: string;
  x: number;
  y: number;
  /** drawn as a disc: the state is too small for the atlas */
  marker: boolean;
}

/**
 * The tiers on a world map. Every country with a result is a link (Tab reaches it, Enter opens its
 * profile) named by its country and tier; hover and focus show the same in a tooltip. Shapes
 * without a result (or without an ISO code) are grey and hidden from assistive technology: the
 * tier lists below are the complete, accessible view.
 */
export default function WorldMap({ year, tiers, countries: latest, locale }: WorldMapProps) {
  const { t } = useTranslation();
  // A new region filter redraws the lists first; the map (hundreds of paths) follows in a deferred render.
  const countries = useDeferredValue(latest);
  const navigate = useNavigate();
  const titleId = useId();
  const [active, setActive] = useState<Placed | null>(null);

  const { placed, blank } = useMemo(() => {
    const byNumeric = new Map(countries.map((c) => [c.numeric, c]));
    const tierOf = new Map(tiers.map((tier) => [tier.tier, tier]));
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    const withData: Placed[] = [];
    const without: string[] = [];
    for (const shape of WORLD_SHAPES) {
      const country = shape.numeric === undefined ? undefined : byNumeric.get(shape.numeric);
      const tier = country ? tierOf.get(country.tier) : undefined;
      if (country && tier)
        withData.push({ iso3: country.iso3, name: localize(country.names, locale), tier, d: shape.d, x: shape.x, y: shape.y, marker: false });
      else without.push(shape.d);
    }
    const drawn = new Set(WORLD_SHAPES.map((shape) => shape.numeric));
    for (const country of countries) {
      const marker = drawn.has(country.numeric) ? undefined : SMALL_STATE_MARKERS.get(country.numeric);
      const tier = tierOf.get(country.tier);
      if (marker && tier) withData.push({ iso3: country.iso3, name: localize(country.names, locale), tier, ...marker, marker: true });
    }
    // Tab order follows the alphabet, like the lists.
    withData.sort((a, b) => collator.compare(a.name, b.name));
    return { placed: withData, blank: without };
  }, [countries, tiers, locale]);

  const label = (p: Placed) => t('public.map.countryLabel', { name: p.name, tier: p.tier.tier, tierName: localize(p.tier.name, locale) });
  const open = (p: Placed) => void navigate(publicPaths.country(year, p.iso3));
  const onKeyDown = (event: KeyboardEvent, p: Placed) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(p);
    }
  };

  return (
    <figure className={styles.map} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.caption}>
        {t('public.map.caption')}
      </figcaption>
      <div className={styles.canvas} onMouseLeave={() => setActive(null)}>
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-labelledby={titleId} className={styles.svg}>
          <g aria-hidden="true" data-testid="map-blank">
            {blank.map((d, i) => (
              <path key={i} d={d} className={styles.blank} />
            ))}
          </g>
          {placed.map((p) => (
            <path
              key={p.iso3}
              d={p.d}
              className={p.marker ? `${styles.country} ${styles.marker}` : styles.country}
              data-iso3={p.iso3}
              data-tier={p.tier.tier}
              data-marker={p.marker || undefined}
              role="link"
              tabIndex={0}
              aria-label={label(p)}
              onMouseEnter={() => setActive(p)}
              onFocus={() => setActive(p)}
              onBlur={() => setActive((current) => (current === p ? null : current))}
              onClick={() => open(p)}
              onKeyDown={(event) => onKeyDown(event, p)}
            />
          ))}
          {/* The discs again on top of the shapes, which would otherwise hide San Marino under Italy; the
              focusable discs stay in alphabetical place above, so Tab follows the alphabet. */}
          <g aria-hidden="true">
            {placed
              .filter((p) => p.marker)
              .map((p) => (
                <path
                  key={p.iso3}
                  d={p.d}
                  className={`${styles.country} ${styles.marker}`}
                  data-tier={p.tier.tier}
                  onMouseEnter={() => setActive(p)}
                  onClick={() => open(p)}
                />
              ))}
          </g>
          {active && <path d={active.d} className={styles.highlight} aria-hidden="true" />}
        </svg>
        {active && (
          <div
            className={styles.tooltip}
            data-tier={active.tier.tier}
            aria-hidden="true"
            data-testid="map-tooltip"
            style={{ left: `${(100 * active.x) / MAP_WIDTH}%`, top: `${(100 * active.y) / MAP_HEIGHT}%` }}
          >
            <strong>{active.name}</strong>
            <span>
              <TierBadge tier={active.tier.tier} /> {localize(active.tier.name, locale)}
            </span>
          </div>
        )}
      </div>
      <MapLegend tiers={tiers} countries={countries} locale={locale} />
    </figure>
  );
}
