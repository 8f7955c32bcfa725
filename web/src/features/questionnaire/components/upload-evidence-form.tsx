import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWED_UPLOAD_TYPES, MAX_UPLOAD_BYTES, type EvidenceItem } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { isApiError, type UploadProgress } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { uploadEvidence } from '../api/upload-evidence.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import styles from './evidence-form.module.css';
import { formText } from '../../../lib/form-text.ts';

const ACCEPT = Object.keys(ALLOWED_UPLOAD_TYPES).join(',');
const KINDS = Object.values(ALLOWED_UPLOAD_TYPES).join(', ');

type Errors = { file?: string; form?: string; cancelled?: boolean };

/** A document as evidence: at most 10 MB, a type from the accepted list (checked again by the server). */
export function UploadEvidenceForm({ questionKey, onAdded }: { questionKey: string; onAdded: (item: EvidenceItem) => void }) {
  const { t } = useTranslation();
  const { assessment } = useQuestionnaire();
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const upload = useRef<AbortController | null>(null);
  const format = useFormatters();
  // leaving the question (or the page) cancels an upload still going
  useEffect(() => () => upload.current?.abort(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) return setErrors({ file: t('questionnaire.evidence.chooseFile') });
    if (file.size > MAX_UPLOAD_BYTES) return setErrors({ file: t('questionnaire.evidence.tooLarge') });
    setErrors({});
    setBusy(true);
    setProgress({ loaded: 0, total: file.size });
    const controller = new AbortController();
    upload.current = controller;
    try {
      onAdded(
        await uploadEvidence(
          { assessmentId: assessment.id, questionKey },
          { file, title: formText(data, 'title').trim() },
          { onProgress: setProgress, signal: controller.signal },
        ),
      );
      form.reset();
    } catch (failure) {
      if (controller.signal.aborted) return setErrors({ cancelled: true });
      const status = isApiError(failure) ? failure.status : 0;
      // Too large and not accepted are about the file chosen; anything else is the upload's.
      setErrors(
        status === 413
          ? { file: t('questionnaire.evidence.tooLarge') }
          : status === 415
            ? { file: t('questionnaire.evidence.unsupported', { kinds: KINDS }) }
            : { form: status === 0 ? t('errors.network') : t('questionnaire.evidence.uploadFailed') },
      );
    } finally {
      if (upload.current === controller) upload.current = null;
      setBusy(false);
      setProgress(null);
    }
  }
  const share = progress && progress.total ? Math.min(progress.loaded / progress.total, 1) : null;

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-legend`} data-testid="evidence-upload">
      <p id={`${id}-legend`} className={styles.title}>
        {t('questionnaire.evidence.upload')}
      </p>
      <FormField label={t('questionnaire.evidence.fileTitle')}>{(control) => <input {...control} name="title" maxLength={500} />}</FormField>
      <FormField label={t('questionnaire.evidence.file')} hint={t('questionnaire.evidence.fileHint', { kinds: KINDS })} error={errors.file} announceError>
        {(control) => <input {...control} name="file" type="file" accept={ACCEPT} />}
      </FormField>
      <FormError message={errors.form} />
      {errors.cancelled && (
        <p role="status" data-testid="upload-cancelled">
          {t('questionnaire.evidence.uploadCancelled')}
        </p>
      )}
      {busy && progress && (
        <div className={styles.progress} data-testid="upload-progress">
          <label htmlFor={`${id}-progress`}>{t('questionnaire.evidence.progress')}</label>
          {/* without a value the bar is indeterminate: the browser could not tell the size */}
          <progress id={`${id}-progress`} max={1} value={share ?? undefined} />
          {share !== null && <span>{t('questionnaire.evidence.progressValue', { percent: format.percent(share) })}</span>}
          <Button size="small" onClick={() => upload.current?.abort()} data-testid="upload-cancel">
            {t('questionnaire.evidence.cancelUpload')}
          </Button>
        </div>
      )}
      <Button type="submit" disabled={busy}>
        {busy ? t('questionnaire.evidence.uploading') : t('questionnaire.evidence.uploadButton')}
      </Button>
    </form>
  );
}
