import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateDraftBodySchema, METHODOLOGY_TEMPLATES, type MethodologyVersionSummary } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { FormActions } from '../../../../components/form-actions/index.tsx';
import { FormError, FormField } from '../../../../components/form-field/index.tsx';
import type { CreateDraftInput } from '../../api/create-draft.ts';
import layout from '../common/layout.module.css';
import { VersionOptions } from '../common/picker-options.tsx';
import { describeApiError } from '../../../../lib/describe-api-error.ts';

interface Props {
  versions: readonly MethodologyVersionSummary[];
  onCreate: (input: CreateDraftInput) => Promise<void>;
}

const TEMPLATE_PREFIX = 'template:';

/** A new draft under a new key, cloned from any version or started from a built-in template (the first one). */
export function CreateDraftForm({ versions, onCreate }: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(versions[0]?.id ?? `${TEMPLATE_PREFIX}${METHODOLOGY_TEMPLATES[0]}`);
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [edition, setEdition] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const template = METHODOLOGY_TEMPLATES.find((name) => from === `${TEMPLATE_PREFIX}${name}`);
    const input = {
      ...(template ? { template } : { fromVersionId: from }),
      key: key.trim(),
      ...(name.trim() ? { name: { en: name.trim() } } : {}),
      ...(edition ? { edition: Number(edition) } : {}),
    };
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
      setErrors({ form: describeApiError(e, t, t('workbench.common.failed')) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={layout.panel} aria-labelledby="create-draft-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="create-draft-title">{t('workbench.versions.createTitle')}</h2>
      <div className={layout.formGrid}>
        <FormField label={t('workbench.versions.cloneFrom')}>
          {(control) => (
            <select {...control} name="fromVersionId" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
              <VersionOptions versions={versions} />
              {METHODOLOGY_TEMPLATES.map((name) => (
                <option key={name} value={`${TEMPLATE_PREFIX}${name}`}>
                  {t('workbench.versions.template', { name: name.toUpperCase() })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('workbench.versions.key')} hint={t('workbench.versions.keyRule')} error={errors.key}>
          {(control) => <input {...control} name="key" value={key} onChange={(e) => setKey(e.currentTarget.value)} />}
        </FormField>
        <FormField label={t('workbench.versions.nameEn')} error={errors.name}>
          {(control) => <input {...control} name="name" value={name} onChange={(e) => setName(e.currentTarget.value)} />}
        </FormField>
        <FormField label={t('workbench.versions.edition')} error={errors.edition} className={layout.narrow}>
          {(control) => (
            <input {...control} name="edition" type="number" min={2000} max={2100} value={edition} onChange={(e) => setEdition(e.currentTarget.value)} />
          )}
        </FormField>
      </div>
      <FormError message={errors.form} />
      <FormActions>
        <Button type="submit" variant="primary" disabled={busy || !from}>
          {t('workbench.versions.create')}
        </Button>
      </FormActions>
    </form>
  );
}
