import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, REGIONS, isRtl, type AdminCountry, type Locale } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { Dialog } from '../../../components/dialog/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { createCountry, updateCountry } from '../api/save-country.ts';
import { draftOf, emptyDraft, fieldOf, toCreateBody, toUpdateBody, type CountryDraft, type DraftField } from '../lib/country-form.ts';
import styles from './country-dialog.module.css';

interface Props {
  /** the country to edit; none to add one */
  country?: AdminCountry;
  onSaved: (country: AdminCountry) => void;
  /** someone else changed the country since: reload the list, so reopening shows their change */
  onStale: () => void;
  onCancel: () => void;
}

type Problem = { field: DraftField; kind: 'invalid' | 'taken' } | { field: null; message: string };

const CODE_FIELDS = ['iso3', 'iso2', 'numeric'] as const;

/** The six names (Arabic written right to left) and the region of a country; its codes too when adding one. */
export function CountryDialog({ country, onSaved, onStale, onCancel }: Props) {
  const { t } = useTranslation();
  const formId = useId();
  const isNew = country === undefined;
  const [draft, setDraft] = useState<CountryDraft>(() => (country ? draftOf(country) : emptyDraft()));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const errorOf = (field: DraftField) => {
    if (problem?.field !== field) return null;
    if (problem.kind === 'taken') return t('countriesAdmin.errors.taken');
    return t(field.startsWith('names.') ? 'countriesAdmin.errors.name' : `countriesAdmin.errors.${field as 'iso3' | 'iso2' | 'numeric' | 'region'}`);
  };
  const setName = (locale: Locale, value: string) => setDraft((d) => ({ ...d, names: { ...d.names, [locale]: value } }));

  const refuse = (field: DraftField | null) => {
    setProblem(field ? { field, kind: 'invalid' } : { field: null, message: t('countriesAdmin.errors.form') });
    return null;
  };
  /** Checks the draft with the route's schema, then sends it; null when the check fails. */
  const send = (): Promise<AdminCountry> | null => {
    if (country) {
      const checked = toUpdateBody(draft, country.version);
      return checked.ok ? updateCountry(country.iso3, checked.body) : refuse(checked.field);
    }
    const checked = toCreateBody(draft);
    return checked.ok ? createCountry(checked.body) : refuse(checked.field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const sending = send();
    if (!sending) return;
    setIsSaving(true);
    try {
      onSaved(await sending);
    } catch (error) {
      if (!isApiError(error)) setProblem({ field: null, message: t('countriesAdmin.errors.form') });
      else if (error.code === 'version_conflict') {
        setProblem({ field: null, message: t('countriesAdmin.errors.stale') });
        onStale();
      } else {
        const field = fieldOf(error.field);
        setProblem(field ? { field, kind: error.status === 409 ? 'taken' : 'invalid' } : { field: null, message: error.message });
      }
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Dialog
      title={isNew ? t('countriesAdmin.addTitle') : t('countriesAdmin.editTitle', { name: country.names.en, code: country.iso3 })}
      onCancel={onCancel}
      testId="country-dialog"
      actions={
        <>
          <Button onClick={onCancel}>{t('ui.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" disabled={isSaving}>
            {isNew ? t('countriesAdmin.add') : t('countriesAdmin.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={problem?.field === null ? problem.message : null} />
        {isNew && (
          <div className={styles.codes}>
            {CODE_FIELDS.map((field) => (
              <FormField key={field} label={t(`countriesAdmin.fields.${field}`)} error={errorOf(field)} announceError>
                {(control) => (
                  <input
                    {...control}
                    name={field}
                    value={draft[field]}
                    inputMode={field === 'numeric' ? 'numeric' : undefined}
                    maxLength={field === 'iso2' ? 2 : 3}
                    autoCapitalize="characters"
                    onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value.toUpperCase() }))}
                  />
                )}
              </FormField>
            ))}
          </div>
        )}
        <FormField label={t('countriesAdmin.fields.region')} error={errorOf('region')} announceError>
          {(control) => (
            <select
              {...control}
              name="region"
              value={draft.region}
              onChange={(e) => setDraft((d) => ({ ...d, region: e.target.value as CountryDraft['region'] }))}
            >
              {isNew && <option value="">{t('countriesAdmin.chooseRegion')}</option>}
              {REGIONS.map((region) => (
                <option key={region} value={region}>
                  {t(`regions.${region}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <fieldset className={styles.names}>
          <legend>{t('countriesAdmin.namesLegend')}</legend>
          {LOCALES.map((locale) => (
            <FormField key={locale} label={t(`countriesAdmin.languages.${locale}`)} error={errorOf(`names.${locale}`)} announceError>
              {(control) => (
                <input
                  {...control}
                  name={`name-${locale}`}
                  lang={locale}
                  dir={isRtl(locale) ? 'rtl' : 'ltr'}
                  value={draft.names[locale]}
                  maxLength={200}
                  onChange={(e) => setName(locale, e.target.value)}
                />
              )}
            </FormField>
          ))}
        </fieldset>
      </form>
    </Dialog>
  );
}
