import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NodeKeySchema, type MethodologySheetError } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { FormActions } from '../../../../components/form-actions/index.tsx';
import { FormError, FormField } from '../../../../components/form-field/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import { sheetErrorsOf } from '../../api/methodology-sheet.ts';
import layout from '../common/layout.module.css';
import { describeApiError } from '../../../../lib/describe-api-error.ts';

interface Props {
  onImport: (file: File, key?: string) => Promise<void>;
}

/** Uploads a workbook in the export's layout as a new draft; a refused file lists every problem by sheet, row and column. */
export function ImportSheetForm({ onImport }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [rowErrors, setRowErrors] = useState<MethodologySheetError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRowErrors([]);
    const problems = {
      ...(file ? {} : { file: t('methodologySheet.fileRequired') }),
      ...(key.trim() && !NodeKeySchema.safeParse(key.trim()).success ? { key: t('workbench.versions.keyRule') } : {}),
    };
    setErrors(problems);
    if (!file || Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await onImport(file, key.trim() || undefined);
    } catch (e) {
      const rows = sheetErrorsOf(e);
      if (rows) setRowErrors(rows);
      else setErrors({ form: describeApiError(e, t, t('workbench.common.failed')) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={layout.panel} aria-labelledby="import-sheet-title" onSubmit={(e) => void submit(e)} noValidate data-testid="import-sheet">
      <h2 id="import-sheet-title">{t('methodologySheet.importTitle')}</h2>
      <p>{t('methodologySheet.importIntro')}</p>
      <div className={layout.formGrid}>
        <FormField label={t('methodologySheet.file')} error={errors.file}>
          {(control) => (
            <input
              {...control}
              name="file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <FormField label={t('methodologySheet.key')} hint={t('methodologySheet.keyHint')} error={errors.key}>
          {(control) => <input {...control} name="key" value={key} onChange={(e) => setKey(e.currentTarget.value)} />}
        </FormField>
      </div>
      <FormError message={errors.form} />
      {rowErrors.length > 0 && (
        <Notice tone="error" role="alert" data-testid="sheet-errors">
          <p>{t('methodologySheet.refused', { count: rowErrors.length })}</p>
          <ul>
            {rowErrors.map((e, i) => (
              <li key={i} data-sheet={e.sheet} data-row={e.row} data-column={e.column}>
                {t('methodologySheet.where', { sheet: e.sheet, row: e.row, column: e.column || '—' })} {e.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <FormActions>
        <Button type="submit" variant="primary" disabled={busy}>
          {t('methodologySheet.import')}
        </Button>
      </FormActions>
    </form>
  );
}
