import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_FORMATS, REGIONS, type Programme, type ProgrammeBody, type ProgrammeFormat, type Region } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { SelectOptions } from '../../../components/select-options/index.tsx';
import styles from './planner.module.css';

const listOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A programme of the catalogue, new or edited; the server checks it with the same schema. */
export function ProgrammeForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Programme | null;
  onSave: (body: ProgrammeBody) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [provider, setProvider] = useState(initial?.provider ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [indicators, setIndicators] = useState(initial?.indicators.join(', ') ?? '');
  const [regions, setRegions] = useState<Region[]>(initial?.regions ?? []);
  const [languages, setLanguages] = useState(initial?.languages.join(', ') ?? 'en');
  const [format, setFormat] = useState<ProgrammeFormat>(initial?.format ?? 'online');
  const [link, setLink] = useState(initial?.link ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({ title, provider, description, indicators: listOf(indicators), regions, languages: listOf(languages), format, link: link.trim() || null });
    } catch {
      setError(t('planner.catalogue.saveFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={t('planner.catalogue.formLabel')} noValidate>
      <FormField label={t('planner.catalogue.fields.title')}>
        {(c) => <input {...c} value={title} onChange={(e) => setTitle(e.target.value)} required />}
      </FormField>
      <FormField label={t('planner.catalogue.fields.provider')}>
        {(c) => <input {...c} value={provider} onChange={(e) => setProvider(e.target.value)} required />}
      </FormField>
      <FormField label={t('planner.catalogue.fields.description')}>
        {(c) => <textarea {...c} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </FormField>
      <FormField label={t('planner.catalogue.fields.indicators')} hint={t('planner.catalogue.fields.indicatorsHint')}>
        {(c) => <input {...c} value={indicators} onChange={(e) => setIndicators(e.target.value)} />}
      </FormField>
      <fieldset className={styles.checks}>
        <legend>{t('planner.catalogue.fields.regions')}</legend>
        {REGIONS.map((region) => (
          <label key={region}>
            <input
              type="checkbox"
              checked={regions.includes(region)}
              onChange={(e) => setRegions(e.target.checked ? [...regions, region] : regions.filter((r) => r !== region))}
            />{' '}
            {t(`regions.${region}`)}
          </label>
        ))}
      </fieldset>
      <FormField label={t('planner.catalogue.fields.languages')} hint={t('planner.catalogue.fields.languagesHint')}>
        {(c) => <input {...c} value={languages} onChange={(e) => setLanguages(e.target.value)} />}
      </FormField>
      <FormField label={t('planner.catalogue.fields.format')}>
        {(c) => (
          <select {...c} value={format} onChange={(e) => setFormat(e.target.value as ProgrammeFormat)}>
            <SelectOptions values={PROGRAMME_FORMATS} label={(f) => t(`planner.formats.${f}`)} />
          </select>
        )}
      </FormField>
      <FormField label={t('planner.catalogue.fields.link')}>
        {(c) => <input {...c} type="url" value={link} onChange={(e) => setLink(e.target.value)} />}
      </FormField>
      <FormActions>
        <Button type="submit" variant="primary" disabled={busy}>
          {t('planner.catalogue.save')}
        </Button>
        <Button onClick={onCancel}>{t('planner.catalogue.cancel')}</Button>
      </FormActions>
      <FormError message={error} />
    </form>
  );
}
