import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleDetail, CycleSetup } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import type { NewCycleInput } from '../api/create-cycle.ts';
import { emptyCycleForm, formFieldOf, toNewCycleBody, type CycleField, type CycleFormState } from '../lib/cycle-form.ts';
import { ParticipantsPicker } from './participants-picker.tsx';
import styles from './cycle-form.module.css';

interface Props {
  setup: CycleSetup;
  /** the year offered first: the one after the newest cycle */
  nextYear: number;
  onCreate: (body: NewCycleInput) => Promise<CycleDetail>;
  onCreated: (cycle: CycleDetail) => void;
}

/**
 * A new cycle, created as a draft: checked here with the route's own schema, then by the server,
 * which names the field at fault; either way the message sits beside that field.
 */
export function CycleForm({ setup, nextYear, onCreate, onCreated }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [state, setState] = useState<CycleFormState>(() => emptyCycleForm(nextYear, setup.methodologies[0]?.id));
  const [fault, setFault] = useState<{ field: CycleField; message: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const set = (patch: Partial<CycleFormState>) => setState((current) => ({ ...current, ...patch }));
  const errorOf = (field: CycleField) => (fault?.field === field ? fault.message : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const checked = toNewCycleBody(state);
    if (!checked.ok) {
      setFault({ field: checked.field, message: t(`cyclesAdmin.invalid.${checked.field}`) });
      return;
    }
    setFault(null);
    setBusy(true);
    try {
      onCreated(await onCreate(checked.body));
    } catch (error) {
      const field = isApiError(error) ? formFieldOf(error.field) : null;
      if (field && isApiError(error)) {
        setFault({ field, message: error.status === 409 ? t('cyclesAdmin.invalid.yearTaken') : t(`cyclesAdmin.invalid.${field}`) });
      } else setFormError(isApiError(error) ? error.message : t('cyclesAdmin.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} aria-labelledby="new-cycle-title" onSubmit={(e) => void submit(e)} noValidate data-testid="cycle-form">
      <h2 id="new-cycle-title">{t('cyclesAdmin.form.title')}</h2>
      <p className={styles.intro}>{t('cyclesAdmin.form.intro')}</p>
      <div className={styles.row}>
        <FormField label={t('cyclesAdmin.form.year')} error={errorOf('year')} announceError className={styles.narrow}>
          {(control) => <input {...control} name="year" inputMode="numeric" value={state.year} onChange={(e) => set({ year: e.target.value })} />}
        </FormField>
        <FormField label={t('cyclesAdmin.form.name')} error={errorOf('name')} announceError className={styles.wide}>
          {(control) => <input {...control} name="name" value={state.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} />}
        </FormField>
      </div>
      <FormField label={t('cyclesAdmin.form.methodology')} hint={t('cyclesAdmin.form.methodologyHint')} error={errorOf('methodologyVersionId')} announceError>
        {(control) => (
          <select {...control} name="methodologyVersionId" value={state.methodologyVersionId} onChange={(e) => set({ methodologyVersionId: e.target.value })}>
            {setup.methodologies.length === 0 && <option value="">{t('cyclesAdmin.form.noMethodology')}</option>}
            {setup.methodologies.map((m) => (
              <option key={m.id} value={m.id}>
                {format.text(m.name)} ({m.key})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <p className={styles.hint}>{t('cyclesAdmin.form.datesHint')}</p>
      <div className={styles.row}>
        <FormField label={t('cyclesAdmin.form.opens')} error={errorOf('opensAt')} announceError>
          {(control) => <input {...control} name="opensOn" type="date" value={state.opensOn} onChange={(e) => set({ opensOn: e.target.value })} />}
        </FormField>
        <FormField label={t('cyclesAdmin.form.closes')} error={errorOf('closesAt')} announceError>
          {(control) => <input {...control} name="closesOn" type="date" value={state.closesOn} onChange={(e) => set({ closesOn: e.target.value })} />}
        </FormField>
        <FormField label={t('cyclesAdmin.form.validationEnds')} error={errorOf('validationClosesAt')} announceError>
          {(control) => (
            <input
              {...control}
              name="validationEndsOn"
              type="date"
              value={state.validationEndsOn}
              onChange={(e) => set({ validationEndsOn: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <FormField label={t('cyclesAdmin.form.reminderDays')} hint={t('cyclesAdmin.form.reminderDaysHint')} error={errorOf('reminderDays')} announceError>
        {(control) => <input {...control} name="reminderDays" value={state.reminderDays} onChange={(e) => set({ reminderDays: e.target.value })} />}
      </FormField>
      <ParticipantsPicker
        countries={setup.countries}
        selected={state.participants}
        onChange={(participants) => set({ participants })}
        error={errorOf('participants')}
      />
      <FormError message={formError} />
      <FormActions>
        <Button type="submit" variant="primary" disabled={isBusy}>
          {isBusy ? t('cyclesAdmin.form.creating') : t('cyclesAdmin.form.create')}
        </Button>
      </FormActions>
    </form>
  );
}
