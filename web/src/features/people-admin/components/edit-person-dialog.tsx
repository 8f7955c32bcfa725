import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StorableTextSchema, type UserSummary } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { Dialog } from '../../../components/dialog/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { updateUser } from '../api/update-user.ts';
import type { CountryOption } from '../lib/country-options.ts';
import { fieldErrorsOf, scopeOf, type PersonErrors } from '../lib/person-form.ts';
import { RoleScopeFields, type RoleScope } from './role-scope-fields.tsx';
import styles from './people.module.css';

const NameSchema = StorableTextSchema.trim().min(1).max(200);

interface Props {
  person: UserSummary;
  countries: readonly CountryOption[];
  onSaved: (person: UserSummary) => void;
  onCancel: () => void;
}

/** A person's name, role, country and lead mark; changing any but the name signs them out everywhere, and the dialog says so. */
export function EditPersonDialog({ person, countries, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const formId = useId();
  const [name, setName] = useState(person.name);
  const [scope, setScope] = useState<RoleScope>({ role: person.role, country: person.country ?? '', lead: person.lead });
  const [errors, setErrors] = useState<PersonErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = scopeOf(scope);
  const signsOut = scope.role !== person.role || next.country !== person.country || next.lead !== person.lead;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsedName = NameSchema.safeParse(name);
    const invalid: PersonErrors = {
      name: parsedName.success ? undefined : 'invalid',
      country: scope.role === 'focal_point' && !next.country ? 'invalid' : undefined,
    };
    setErrors(invalid);
    setError(null);
    if (invalid.name || invalid.country || !parsedName.success) return;
    setBusy(true);
    try {
      onSaved(await updateUser(person.id, { name: parsedName.data, role: scope.role, ...next }));
    } catch (failure) {
      setBusy(false);
      const fields = fieldErrorsOf(failure);
      if (fields?.role || fields?.disabled) setError(t('people.errors.self'));
      else if (fields) setErrors(fields);
      else setError(isApiError(failure) && failure.status === 0 ? t('errors.network') : t('people.edit.failed'));
    }
  }

  return (
    <Dialog
      title={t('people.edit.title', { name: person.name })}
      onCancel={onCancel}
      testId="edit-person-dialog"
      actions={
        <>
          <Button type="submit" form={formId} variant="primary" disabled={busy}>
            {t('people.edit.save')}
          </Button>
          <Button onClick={onCancel}>{t('ui.cancel')}</Button>
        </>
      }
    >
      <form id={formId} className={styles.dialogForm} onSubmit={(event) => void submit(event)} noValidate>
        <p className={styles.muted}>
          <bdi dir="ltr">{person.email}</bdi>
        </p>
        <FormError message={error} />
        <FormField label={t('people.columns.name')} error={errors.name && t('people.errors.name')} announceError>
          {(control) => <input {...control} name="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <RoleScopeFields value={scope} onChange={setScope} countries={countries} errors={errors} />
        {signsOut && (
          <Notice tone="warning" role="status" data-testid="signs-out-warning">
            <p>{t('people.edit.signsOut', { name: person.name })}</p>
          </Notice>
        )}
      </form>
    </Dialog>
  );
}
