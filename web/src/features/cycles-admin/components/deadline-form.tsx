import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import styles from './cycles-admin.module.css';

interface Props {
  countryName: string;
  /** the extension in force, if any */
  current: string | null;
  onSave: (deadline: string | null) => Promise<void>;
}

/** One country's deadline extension: a later day (to its end, UTC), or back to the cycle's closing date. */
export function DeadlineForm({ countryName, current, onSave }: Props) {
  const { t } = useTranslation();
  const [day, setDay] = useState(current ? current.slice(0, 10) : '');
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (deadline: string | null) => {
    setBusy(true);
    setError(null);
    try {
      await onSave(deadline);
    } catch (e) {
      setError(isApiError(e) && e.field === 'body.deadline' ? t('cyclesAdmin.deadline.tooEarly') : isApiError(e) ? e.message : t('cyclesAdmin.failed'));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!day) setError(t('cyclesAdmin.deadline.missing'));
    else void save(`${day}T23:59:59Z`);
  };
  const errorId = `deadline-error-${countryName}`;
  return (
    <form className={styles.deadline} onSubmit={submit} noValidate>
      <input
        type="date"
        value={day}
        onChange={(e) => setDay(e.target.value)}
        aria-label={t('cyclesAdmin.deadline.label', { country: countryName })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <Button type="submit" size="small" disabled={isBusy}>
        {t('cyclesAdmin.deadline.extend')}
      </Button>
      {current && (
        <Button size="small" variant="link" disabled={isBusy} onClick={() => void save(null)}>
          {t('cyclesAdmin.deadline.reset')}
        </Button>
      )}
      {error && (
        <span id={errorId} role="alert" className={styles.error}>
          {error}
        </span>
      )}
    </form>
  );
}
