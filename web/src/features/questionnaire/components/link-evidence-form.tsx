import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkEvidenceBodySchema, type EvidenceItem } from '@gci/shared';
import { addLinkEvidence } from '../api/add-link-evidence.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';

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
      setErrors({ title: fields.has('title') ? t('questionnaire.evidence.titleRequired') : undefined, url: fields.has('url') ? t('questionnaire.evidence.badUrl') : undefined });
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
    <form className="evidence-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="evidence-form__title">
        {t('questionnaire.evidence.addLink')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('questionnaire.evidence.linkTitle')}</label>
        <input id={`${id}-title`} name="title" maxLength={500} aria-invalid={Boolean(errors.title)} aria-describedby={errors.title ? `${id}-title-error` : undefined} />
        {errors.title && <p id={`${id}-title-error`} className="field-error">{errors.title}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('questionnaire.evidence.url')}</label>
        <input id={`${id}-url`} name="url" type="url" inputMode="url" placeholder="https://" dir="ltr" aria-invalid={Boolean(errors.url)} aria-describedby={errors.url ? `${id}-url-error` : undefined} />
        {errors.url && <p id={`${id}-url-error`} className="field-error">{errors.url}</p>}
      </div>
      {errors.form && <p className="field-error" role="alert">{errors.form}</p>}
      <button type="submit" className="button" disabled={busy}>
        {t('questionnaire.evidence.addLinkButton')}
      </button>
    </form>
  );
}
