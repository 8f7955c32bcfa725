import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button/index.tsx';
import styles from './auth-form.module.css';

/** The recovery codes, shown once right after enrolment; the server keeps only their hashes. */
export function RecoveryCodes({ codes, onContinue }: { codes: string[]; onContinue: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.step} aria-labelledby="recovery-title">
      <h2 id="recovery-title" ref={heading} tabIndex={-1}>
        {t('auth.recovery.title')}
      </h2>
      <p>{t('auth.recovery.intro')}</p>
      <ul className={styles.recoveryCodes} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <Button variant="primary" onClick={onContinue}>
        {t('auth.recovery.continue')}
      </Button>
    </section>
  );
}
