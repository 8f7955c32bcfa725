import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkEvidenceBodySchema, type EvidenceItem } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { addLinkEvidence } from '../api/add-link-evidence.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import styles from './evidence-form.module.css';

/** Title and web address (http or https), checked with the same schema as the server. */
export function LinkEvidenceForm({ questionKey, onAdded }: { questionKey: string; onAdded: (item: EvidenceItem) => void }) {
  const { t } = useTranslation();
  const { assessment } = useQuestionnaire();
  const id = useId();
  const [errors, setErrors] = useState<{ title?: string; url?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = LinkEvidenceBodySchema.safeParse({ title: data.get('title'), url: data.get('url') });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setErrors({
        title: fields.has('title') ? t('questionnaire.evidence.titleRequired') : undefined,
        url: fields.has('url') ? t('questionnaire.evidence.badUrl') : undefined,
      });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onAdded(await addLinkEvidence(assessment.id, questionKey, parsed.data));
      form.reset();
    } catch {
      setErrors({ form: t('questionnaire.evidence.addFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className={styles.title}>
        {t('questionnaire.evidence.addLink')}
      </p>
      <FormField label={t('questionnaire.evidence.linkTitle')} error={errors.title}>
        {(control) => <input {...control} name="title" maxLength={500} />}
      </FormField>
      <FormField label={t('questionnaire.evidence.url')} error={errors.url}>
        {(control) => <input {...control} name="url" type="url" inputMode="url" placeholder="https://" dir="ltr" />}
      </FormField>
      <FormError message={errors.form} />
      <Button type="submit" disabled={busy}>
        {t('questionnaire.evidence.addLinkButton')}
      </Button>
    </form>
  );
}
