import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWED_UPLOAD_TYPES, MAX_UPLOAD_BYTES, type EvidenceItem } from '@gci/shared';
import { isApiError } from '../../../lib/api-client.ts';
import { uploadEvidence } from '../api/upload-evidence.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';

const ACCEPT = Object.keys(ALLOWED_UPLOAD_TYPES).join(',');
const KINDS = Object.values(ALLOWED_UPLOAD_TYPES).join(', ');

/** A document as evidence: at most 10 MB, a type from the accepted list (checked again by the server). */
export function UploadEvidenceForm({ questionKey, onAdded }: { questionKey: string; onAdded: (item: EvidenceItem) => void }) {
  const { t } = useTranslation();
  const { assessment } = useQuestionnaire();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) return setError(t('questionnaire.evidence.chooseFile'));
    if (file.size > MAX_UPLOAD_BYTES) return setError(t('questionnaire.evidence.tooLarge'));
    setError(null);
    setBusy(true);
    try {
      onAdded(await uploadEvidence({ assessmentId: assessment.id, questionKey }, { file, title: String(data.get('title') ?? '').trim() }));
      form.reset();
    } catch (failure) {
      const status = isApiError(failure) ? failure.status : 0;
      setError(
        status === 413 ? t('questionnaire.evidence.tooLarge') : status === 415 ? t('questionnaire.evidence.unsupported', { kinds: KINDS }) : status === 0 ? t('errors.network') : t('questionnaire.evidence.uploadFailed'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="evidence-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="evidence-form__title">
        {t('questionnaire.evidence.upload')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('questionnaire.evidence.fileTitle')}</label>
        <input id={`${id}-title`} name="title" maxLength={500} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('questionnaire.evidence.file')}</label>
        <input id={`${id}-file`} name="file" type="file" accept={ACCEPT} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field-hint">
          {t('questionnaire.evidence.fileHint', { kinds: KINDS })}
        </p>
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="upload-error">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('questionnaire.evidence.uploading') : t('questionnaire.evidence.uploadButton')}
      </button>
    </form>
  );
}
