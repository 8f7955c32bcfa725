import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LOCALES, PRACTICE_ORDERS, PRACTICE_TYPES, type PracticePage, type PracticeQuery } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FilterPanel, filterFieldClass } from '../../../components/filter-panel/index.tsx';
import { FormField } from '../../../components/form-field/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { RegionOptions, SelectOptions } from '../../../components/select-options/index.tsx';
import { useLanguageName } from '../../../lib/use-language-name.ts';
import { PracticeItemList } from './practice-item-list.tsx';

/** The filters a reader sets on the page; pillar, indicator and country arrive in links (a profile's "how others do it"). */
const FIELDS = ['q', 'type', 'region', 'language', 'year', 'order'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

/**
 * The library of national practice: laws, strategies, CIRTs, programmes and agreements that
 * countries allowed to publish and reviewers confirmed, searched by words and filtered; by
 * relevance or date, never by a country's score.
 */
export function PracticeLibrary({ page, query }: { page: PracticePage; query: PracticeQuery }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const [params, setParams] = useSearchParams();
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const initial = Object.fromEntries(FIELDS.map((f) => [f, text(query[f])])) as Draft;
  const [draft, setDraft] = useState<Draft>(initial);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const apply = (next: Draft, offset = 0) => {
    const out = new URLSearchParams();
    // links' own filters stay until cleared
    for (const key of ['pillar', 'indicator', 'country'] as const) if (params.get(key)) out.set(key, params.get(key)!);
    for (const f of FIELDS) if (next[f]) out.set(f, next[f]);
    if (offset) out.set('offset', String(offset));
    setParams(out);
  };
  const limit = Number(text(query.limit) || 20);
  const offset = Number(text(query.offset) || 0);
  const fixed = (['pillar', 'indicator', 'country'] as const).filter((k) => query[k]);

  return (
    <section aria-labelledby="practice-title">
      <PageTitle title={t('practice.title')} />
      <h1 id="practice-title">{t('practice.title')}</h1>
      <p>{t('practice.intro')}</p>
      <FilterPanel
        label={t('practice.filters.label')}
        applyLabel={t('practice.filters.apply')}
        clearLabel={t('practice.filters.clear')}
        onApply={() => apply(draft)}
        onClear={() => {
          const cleared = Object.fromEntries(FIELDS.map((f) => [f, ''])) as Draft;
          setDraft(cleared);
          setParams(new URLSearchParams());
        }}
        testId="practice-filters"
      >
        <FormField label={t('practice.filters.words')} className={filterFieldClass}>
          {(control) => <input {...control} type="search" value={draft.q} maxLength={200} onChange={(e) => set({ q: e.target.value })} />}
        </FormField>
        <FormField label={t('practice.filters.type')} className={filterFieldClass}>
          {(control) => (
            <select {...control} value={draft.type} onChange={(e) => set({ type: e.target.value })}>
              <SelectOptions values={PRACTICE_TYPES} label={(v) => t(`practice.types.${v}`)} all={t('practice.filters.any')} />
            </select>
          )}
        </FormField>
        <FormField label={t('practice.filters.region')} className={filterFieldClass}>
          {(control) => (
            <select {...control} value={draft.region} onChange={(e) => set({ region: e.target.value })}>
              <RegionOptions all={t('practice.filters.any')} />
            </select>
          )}
        </FormField>
        <FormField label={t('practice.filters.language')} className={filterFieldClass}>
          {(control) => (
            <select {...control} value={draft.language} onChange={(e) => set({ language: e.target.value })}>
              <SelectOptions values={LOCALES} label={languageName} all={t('practice.filters.any')} />
            </select>
          )}
        </FormField>
        <FormField label={t('practice.filters.year')} className={filterFieldClass}>
          {(control) => <input {...control} inputMode="numeric" value={draft.year} maxLength={4} onChange={(e) => set({ year: e.target.value })} />}
        </FormField>
        <FormField label={t('practice.filters.order')} className={filterFieldClass}>
          {(control) => (
            <select {...control} value={draft.order || 'relevance'} onChange={(e) => set({ order: e.target.value })}>
              <SelectOptions values={PRACTICE_ORDERS} label={(v) => t(`practice.order.${v}`)} />
            </select>
          )}
        </FormField>
      </FilterPanel>
      {fixed.length > 0 && <p>{fixed.map((k) => `${t(`practice.filters.${k}`)}: ${text(query[k])}`).join(' · ')}</p>}
      <p role="status">{t('practice.found', { count: page.total })}</p>
      <PracticeItemList items={page.items} empty={t('practice.none')} />
      <p>
        {offset > 0 && <Button onClick={() => apply(initial, Math.max(0, offset - limit))}>{t('practice.previous')}</Button>}
        {offset + limit < page.total && <Button onClick={() => apply(initial, offset + limit)}>{t('practice.next')}</Button>}
      </p>
    </section>
  );
}
