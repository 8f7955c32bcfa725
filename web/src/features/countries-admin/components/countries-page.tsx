import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type AdminCountry } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { DataTable, type Column } from '../../../components/data-table/index.tsx';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { FormField } from '../../../components/form-field/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { ListCount, ListToolbar } from '../../../components/list-toolbar/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { searchCountries } from '../lib/country-form.ts';
import { CountryDialog } from './country-dialog.tsx';
import styles from './countries-page.module.css';

interface Props {
  countries: readonly AdminCountry[];
  /** after a save: reload the list */
  onChanged: () => Promise<void>;
}

type Editing = { kind: 'edit'; country: AdminCountry } | { kind: 'add' } | null;

/** `/admin/countries`: the participating states, searchable and sortable; each one's names and region are edited in a dialog. */
export function CountriesPage({ countries, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<AdminCountry | null>(null);
  const shown = useMemo(() => searchCountries(countries, query), [countries, query]);

  const columns: Column<AdminCountry>[] = [
    { key: 'iso3', header: t('countriesAdmin.columns.code'), cell: (c) => <code>{c.iso3}</code>, sortValue: (c) => c.iso3 },
    {
      key: 'name',
      header: t('countriesAdmin.columns.name'),
      cell: (c) => localize(c.names, locale),
      isRowHeader: true,
      sortValue: (c) => localize(c.names, locale),
    },
    { key: 'region', header: t('countriesAdmin.columns.region'), cell: (c) => t(`regions.${c.region}`), sortValue: (c) => t(`regions.${c.region}`) },
    {
      key: 'cycles',
      header: t('countriesAdmin.columns.cycles'),
      cell: (c) => <span title={c.cycles.map((cycle) => cycle.year).join(', ')}>{c.cycles.length}</span>,
      isNumeric: true,
      sortValue: (c) => c.cycles.length,
    },
    {
      key: 'edit',
      header: <span className="visually-hidden">{t('countriesAdmin.columns.actions')}</span>,
      cell: (c) => (
        <Button
          size="small"
          onClick={() => setEditing({ kind: 'edit', country: c })}
          aria-label={t('countriesAdmin.editLabel', { name: localize(c.names, locale) })}
        >
          {t('countriesAdmin.edit')}
        </Button>
      ),
    },
  ];

  return (
    <section aria-labelledby="countries-title">
      <PageTitle title={t('countriesAdmin.title')} />
      <h1 id="countries-title">{t('countriesAdmin.title')}</h1>
      <p className={styles.intro}>{t('countriesAdmin.intro')}</p>
      {saved && (
        <Notice tone="success" role="status" data-testid="country-saved">
          {t('countriesAdmin.saved', { name: localize(saved.names, locale) })}
        </Notice>
      )}
      <ListToolbar>
        <FormField label={t('countriesAdmin.search')} className={styles.search}>
          {(control) => <input {...control} type="search" name="search" value={query} onChange={(e) => setQuery(e.target.value)} />}
        </FormField>
        <ListCount testId="countries-count">{t('countriesAdmin.shown', { shown: shown.length, total: countries.length })}</ListCount>
        <Button onClick={() => setEditing({ kind: 'add' })}>{t('countriesAdmin.addButton')}</Button>
      </ListToolbar>
      <DataTable
        caption={t('countriesAdmin.caption')}
        isCaptionHidden
        columns={columns}
        rows={shown}
        rowKey={(c) => c.iso3}
        rowProps={(c) => ({ 'data-iso3': c.iso3 })}
        initialSort={{ key: 'name', direction: 'ascending' }}
        pageSize={50}
        isBoxed
        testId="countries-table"
        empty={<EmptyState testId="countries-empty">{t('countriesAdmin.empty')}</EmptyState>}
      />
      {editing && (
        <CountryDialog
          key={editing.kind === 'edit' ? editing.country.iso3 : 'new'}
          country={editing.kind === 'edit' ? editing.country : undefined}
          onStale={() => void onChanged()}
          onCancel={() => setEditing(null)}
          onSaved={(country) => {
            setEditing(null);
            setSaved(country);
            void onChanged();
          }}
        />
      )}
    </section>
  );
}
