import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewScenarioBodySchema } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { FormActions } from '../../../../components/form-actions/index.tsx';
import { FormError, FormField } from '../../../../components/form-field/index.tsx';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import { describeApiError } from '../../../../lib/describe-api-error.ts';

interface Props {
  /** how many values the scenario changes */
  changes: number;
  onSave: (name: string, note: string) => Promise<void>;
}

/** Names and saves the current overrides as a scenario that anyone with the link can reopen. */
export function SaveScenarioForm({ changes, onSave }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = NewScenarioBodySchema.shape.name.safeParse(name);
    if (!checked.success) return setNameError(t('workbench.whatIf.nameRequired'));
    setNameError(null);
    setError(null);
    setSaving(true);
    try {
      await onSave(checked.data, note);
    } catch (e) {
      setError(describeApiError(e, t, t('workbench.common.failed')));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className={layout.panel} aria-labelledby="save-scenario-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="save-scenario-title">{t('workbench.whatIf.saveTitle')}</h2>
      <p className={text.muted}>{t('workbench.whatIf.saveHint', { count: changes })}</p>
      <FormField label={t('workbench.whatIf.scenarioName')} error={nameError} announceError>
        {(control) => <input {...control} name="name" value={name} maxLength={200} onChange={(e) => setName(e.currentTarget.value)} />}
      </FormField>
      <FormField label={t('workbench.whatIf.scenarioNote')}>
        {(control) => <textarea {...control} name="note" rows={3} value={note} maxLength={5000} onChange={(e) => setNote(e.currentTarget.value)} />}
      </FormField>
      <FormError message={error} />
      <FormActions>
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving ? t('workbench.common.saving') : t('workbench.whatIf.save')}
        </Button>
      </FormActions>
    </form>
  );
}
