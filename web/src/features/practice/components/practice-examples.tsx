import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type Locale, type PeerArea, type PracticeExamples as Examples } from '@gci/shared';
import { getPracticeExamples } from '../api/get-practice-examples.ts';
import { PracticeItemList } from './practice-item-list.tsx';

/**
 * "How others do it", under a country's profile: for each indicator among its areas for growth,
 * published practice of the countries of its region that meet it. Loaded after the profile, so
 * the profile never waits for it; nothing is shown when there is none.
 */
export function PracticeExamples({ year, iso3, region, areas }: { year: number; iso3: string; region: string; areas: PeerArea[] }) {
  const { t, i18n } = useTranslation();
  const indicators = areas.filter((a) => a.kind === 'indicator');
  const keys = indicators.map((a) => a.key).join(',');
  const [examples, setExamples] = useState<Examples['examples']>([]);
  useEffect(() => {
    if (!keys) return;
    const controller = new AbortController();
    getPracticeExamples(year, iso3, keys.split(','), controller.signal)
      .then((found) => setExamples(found.examples.filter((e) => e.items.length > 0)))
      .catch(() => setExamples([]));
    return () => controller.abort();
  }, [year, iso3, keys]);
  if (examples.length === 0) return null;
  return (
    <section aria-labelledby="practice-examples" data-testid="practice-examples">
      <h2 id="practice-examples">{t('practice.examples.title')}</h2>
      <p>{t('practice.examples.intro')}</p>
      {examples.map(({ indicatorKey, items }) => {
        const area = indicators.find((a) => a.key === indicatorKey);
        return (
          <div key={indicatorKey}>
            <h3>{area ? localize(area.title, i18n.language as Locale) : indicatorKey}</h3>
            <PracticeItemList items={items} empty="" />
            <Link to={`/practice?indicator=${encodeURIComponent(indicatorKey)}&region=${region}`}>{t('practice.examples.more')}</Link>
          </div>
        );
      })}
    </section>
  );
}
