import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, PRACTICE_TYPES, type EvidenceItem, type EvidenceSharing, type PracticeType } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { Disclosure } from '../../../components/disclosure/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { SelectOptions } from '../../../components/select-options/index.tsx';
import { useLanguageName } from '../../../lib/use-language-name.ts';
import { setEvidenceSharing } from '../api/set-evidence-sharing.ts';
import styles from './evidence-sharing-form.module.css';

/**
 * Whether one evidence item may be published in the library of national practice (off until the
 * focal point says so), what it is, its language and date; a reviewer confirms it afterwards.
 * Only the country's focal point may save it: anyone else (staff reading the questionnaire) sees
 * the choice as it stands, without controls that would only earn a 403.
 */
export function EvidenceSharingForm({
  item,
  onSaved,
  readOnly = false,
}: {
  item: EvidenceItem;
  onSaved: (sharing: EvidenceSharing) => void;
  readOnly?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const { sharing } = item;
  const [mayPublish, setMayPublish] = useState(sharing.mayPublish);
  const [allowFile, setAllowFile] = useState(sharing.allowFile);
  const [type, setType] = useState<PracticeType | ''>(sharing.type ?? '');
  const [language, setLanguage] = useState(sharing.language ?? (LOCALES as readonly string[]).find((l) => l === i18n.language) ?? 'en');
  const [date, setDate] = useState(sharing.date ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mayPublish && !type) return setError(t('practice.sharing.needType'));
    setError(null);
    setBusy(true);
    try {
      onSaved(
        await setEvidenceSharing(
          item.id,
          mayPublish ? { mayPublish, allowFile, type: type || null, language, date: date.trim() || null } : { mayPublish: false },
        ),
      );
    } catch {
      setError(t('practice.sharing.failed'));
    } finally {
      setBusy(false);
    }
  };
  const status = !sharing.mayPublish ? t('practice.sharing.private') : sharing.confirmed ? t('practice.sharing.confirmed') : t('practice.sharing.awaiting');

  if (readOnly) {
    return (
      <p className={styles.note} data-testid="evidence-sharing">
        {t('practice.sharing.title')}: {status}
      </p>
    );
  }
  return (
    <Disclosure summary={`${t('practice.sharing.title')}: ${status}`} data-testid="evidence-sharing">
      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={`${t('practice.sharing.title')}: ${item.title}`} noValidate>
        <label className={styles.check}>
          <input type="checkbox" checked={mayPublish} onChange={(e) => setMayPublish(e.target.checked)} /> {t('practice.sharing.mayPublish')}
        </label>
        {mayPublish && (
          <>
            <FormField label={t('practice.sharing.type')}>
              {(control) => (
                <select {...control} value={type} onChange={(e) => setType(e.target.value as PracticeType | '')}>
                  <SelectOptions values={PRACTICE_TYPES} label={(v) => t(`practice.types.${v}`)} all={t('practice.sharing.chooseType')} />
                </select>
              )}
            </FormField>
            <FormField label={t('practice.sharing.language')}>
              {(control) => (
                <select {...control} value={language} onChange={(e) => setLanguage(e.target.value)}>
                  <SelectOptions values={LOCALES} label={languageName} />
                </select>
              )}
            </FormField>
            <FormField label={t('practice.sharing.date')} hint={t('practice.sharing.dateHint')}>
              {(control) => <input {...control} value={date} onChange={(e) => setDate(e.target.value)} inputMode="numeric" maxLength={10} />}
            </FormField>
            {item.kind === 'file' && (
              <label className={styles.check}>
                <input type="checkbox" checked={allowFile} onChange={(e) => setAllowFile(e.target.checked)} /> {t('practice.sharing.allowFile')}
              </label>
            )}
          </>
        )}
        <p className={styles.note}>{t('practice.sharing.note')}</p>
        <Button type="submit" size="small" disabled={busy}>
          {t('practice.sharing.save')}
        </Button>
        <FormError message={error} />
      </form>
    </Disclosure>
  );
}
