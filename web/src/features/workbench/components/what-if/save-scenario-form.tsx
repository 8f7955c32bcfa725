import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewScenarioBodySchema } from '@gci/shared';
import { isApiError } from '../../../../lib/api-client.ts';

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
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = NewScenarioBodySchema.shape.name.safeParse(name);
    if (!checked.success) return setError(t('workbench.whatIf.nameRequired'));
    setError(null);
    setSaving(true);
    try {
      await onSave(checked.data, note);
    } catch (e) {
      setError(isApiError(e) ? e.message : t('workbench.common.failed'));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="panel save-scenario" aria-labelledby="save-scenario-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="save-scenario-title">{t('workbench.whatIf.saveTitle')}</h2>
      <p className="muted">{t('workbench.whatIf.saveHint', { count: changes })}</p>
      <div className="field">
        <label htmlFor="scenario-name">{t('workbench.whatIf.scenarioName')}</label>
        <input id="scenario-name" name="name" value={name} maxLength={200} onChange={(e) => setName(e.currentTarget.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'scenario-error' : undefined} />
      </div>
      <div className="field">
        <label htmlFor="scenario-note">{t('workbench.whatIf.scenarioNote')}</label>
        <textarea id="scenario-note" name="note" rows={3} value={note} maxLength={5000} onChange={(e) => setNote(e.currentTarget.value)} />
      </div>
      {error && (
        <p className="form-error" id="scenario-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? t('workbench.common.saving') : t('workbench.whatIf.save')}
        </button>
      </div>
    </form>
  );
}
