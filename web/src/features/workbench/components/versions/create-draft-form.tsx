import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateDraftBodySchema, type MethodologyVersionSummary } from '@gci/shared';
import { isApiError } from '../../../../lib/api-client.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import type { CreateDraftInput } from '../../api/create-draft.ts';

interface Props {
  versions: readonly MethodologyVersionSummary[];
  onCreate: (input: CreateDraftInput) => Promise<void>;
}

/** A new draft cloned from any version, under a new key. */
export function CreateDraftForm({ versions, onCreate }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [from, setFrom] = useState(versions[0]?.id ?? '');
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [edition, setEdition] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { fromVersionId: from, key: key.trim(), ...(name.trim() ? { name: { en: name.trim() } } : {}), ...(edition ? { edition: Number(edition) } : {}) };
    const parsed = CreateDraftBodySchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.path[0] === 'key' ? t('workbench.versions.keyRule') : i.message])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onCreate(parsed.data);
    } catch (e) {
      setErrors({ form: isApiError(e) ? e.message : t('workbench.common.failed') });
    } finally {
      setBusy(false);
    }
  };
  const described = (field: string) => (errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `draft-${field}-error` } : {});
  const error = (field: string) => errors[field] && <p className="field-error" id={`draft-${field}-error`}>{errors[field]}</p>;
  return (
    <form className="panel create-draft" aria-labelledby="create-draft-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="create-draft-title">{t('workbench.versions.createTitle')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="draft-from">{t('workbench.versions.cloneFrom')}</label>
          <select id="draft-from" name="fromVersionId" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {format.text(v.name)} ({t(`workbench.status.${v.status}`)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="draft-key">{t('workbench.versions.key')}</label>
          <input id="draft-key" name="key" value={key} onChange={(e) => setKey(e.currentTarget.value)} aria-invalid={errors.key ? true : undefined} aria-describedby={errors.key ? 'draft-key-error' : 'draft-key-hint'} />
          <p className="field-hint" id="draft-key-hint">
            {t('workbench.versions.keyRule')}
          </p>
          {error('key')}
        </div>
        <div className="field">
          <label htmlFor="draft-name">{t('workbench.versions.nameEn')}</label>
          <input id="draft-name" name="name" value={name} onChange={(e) => setName(e.currentTarget.value)} {...described('name')} />
          {error('name')}
        </div>
        <div className="field field--number">
          <label htmlFor="draft-edition">{t('workbench.versions.edition')}</label>
          <input id="draft-edition" name="edition" type="number" min={2000} max={2100} value={edition} onChange={(e) => setEdition(e.currentTarget.value)} {...described('edition')} />
          {error('edition')}
        </div>
      </div>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || !from}>
          {t('workbench.versions.create')}
        </button>
      </div>
    </form>
  );
}
