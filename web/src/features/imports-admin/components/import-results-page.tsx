import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportProblem, ResultsImported, ResultsImportPreview } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { ConfirmPanel } from '../../../components/confirm-panel/index.tsx';
import { DataTable } from '../../../components/data-table/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { importResults, previewResultsImport } from '../api/import-results.ts';
import { emptyImportForm, formFieldOf, type ImportForm } from '../lib/import-form.ts';
import styles from './import-results-page.module.css';
import { describeValidation } from '../../../lib/describe-api-error.ts';

type Step = { kind: 'form' } | { kind: 'preview'; preview: ResultsImportPreview; confirming: boolean } | { kind: 'done'; imported: ResultsImported };

/**
 * Bringing in a past edition's published results: choose the file and say what it is, check it
 * (every problem by row and column, or the tier counts it gives), then import and publish it.
 */
export function ImportResultsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [form, setForm] = useState<ImportForm>(emptyImportForm);
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: keyof ImportForm | null; message: string } | null>(null);
  const set = (patch: Partial<ImportForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    // a changed form needs a new check before anything is imported
    setStep({ kind: 'form' });
  };
  const errorAt = (field: keyof ImportForm) => (error?.field === field ? error.message : null);

  async function run<T>(request: () => Promise<T>, then: (value: T) => void) {
    setBusy(true);
    setError(null);
    try {
      then(await request());
    } catch (failure) {
      if (isApiError(failure) && failure.status === 409) setError({ field: 'year', message: t('importsAdmin.yearTaken', { year: form.year }) });
      else if (isApiError(failure) && failure.status === 400)
        setError({ field: formFieldOf(failure.field), message: describeValidation(failure, t) ?? failure.message });
      else setError({ field: null, message: t('importsAdmin.failed') });
    } finally {
      setBusy(false);
    }
  }

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!form.file) return setError({ field: 'file', message: t('importsAdmin.chooseFile') });
    if (!form.year.trim()) return setError({ field: 'year', message: t('importsAdmin.needYear') });
    if (!form.name.trim()) return setError({ field: 'name', message: t('importsAdmin.needName') });
    void run(
      () => previewResultsImport(form),
      (preview) => setStep({ kind: 'preview', preview, confirming: false }),
    );
  };
  const confirmImport = () =>
    void run(
      () => importResults(form),
      (imported) => setStep({ kind: 'done', imported }),
    );

  return (
    <section aria-labelledby="imports-title">
      <PageTitle title={t('importsAdmin.title')} />
      <h1 id="imports-title">{t('importsAdmin.title')}</h1>
      <p className={styles.intro}>{t('importsAdmin.intro')}</p>
      <form onSubmit={check} noValidate className={styles.form} data-testid="import-form">
        <FormError message={error?.field === null ? error.message : null} />
        <FormField label={t('importsAdmin.file')} hint={t('importsAdmin.fileHint')} error={errorAt('file')} announceError>
          {(control) => (
            <input
              {...control}
              type="file"
              name="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => set({ file: e.target.files?.[0] ?? null })}
            />
          )}
        </FormField>
        <div className={styles.row}>
          <FormField label={t('importsAdmin.year')} error={errorAt('year')} announceError>
            {(control) => <input {...control} name="year" inputMode="numeric" value={form.year} onChange={(e) => set({ year: e.target.value })} required />}
          </FormField>
          <FormField label={t('importsAdmin.name')} error={errorAt('name')} announceError>
            {(control) => <input {...control} name="name" value={form.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} required />}
          </FormField>
        </div>
        <FormField label={t('importsAdmin.source')} hint={t('importsAdmin.sourceHint')} error={errorAt('source')}>
          {(control) => <input {...control} name="source" value={form.source} maxLength={300} onChange={(e) => set({ source: e.target.value })} />}
        </FormField>
        <div className={styles.row}>
          <FormField label={t('importsAdmin.tiers')} hint={t('importsAdmin.tiersHint')} error={errorAt('tiers')} announceError>
            {(control) => <input {...control} name="tiers" dir="ltr" value={form.tiers} onChange={(e) => set({ tiers: e.target.value })} />}
          </FormField>
          <FormField label={t('importsAdmin.pillarMax')} error={errorAt('pillarMax')} announceError>
            {(control) => (
              <input {...control} name="pillarMax" inputMode="decimal" value={form.pillarMax} onChange={(e) => set({ pillarMax: e.target.value })} />
            )}
          </FormField>
        </div>
        <FormActions>
          <Button type="submit" variant={step.kind === 'form' ? 'primary' : 'secondary'} disabled={busy}>
            {t('importsAdmin.check')}
          </Button>
        </FormActions>
      </form>

      {step.kind === 'preview' && !step.preview.ok && <ProblemList problems={step.preview.problems} />}
      {step.kind === 'preview' && step.preview.ok && (
        <section aria-labelledby="import-ready" data-testid="import-preview">
          <h2 id="import-ready">{t('importsAdmin.ready', { count: step.preview.countries })}</h2>
          <p>
            {t('importsAdmin.source')}: <bdi>{step.preview.source}</bdi>
          </p>
          <DataTable
            caption={t('importsAdmin.tierCaption')}
            rows={step.preview.tiers}
            rowKey={(tier) => String(tier.tier)}
            columns={[
              {
                key: 'tier',
                header: t('importsAdmin.tierColumn'),
                isRowHeader: true,
                cell: (tier) => t('importsAdmin.tierFrom', { tier: tier.tier, min: format.bound(tier.min) }),
              },
              { key: 'count', header: t('importsAdmin.countColumn'), isNumeric: true, cell: (tier) => format.integer(tier.count) },
            ]}
          />
          {step.preview.yearTaken ? (
            <Notice tone="warning" role="status">
              {t('importsAdmin.yearTaken', { year: step.preview.year })}
            </Notice>
          ) : step.confirming ? (
            <ConfirmPanel
              message={t('importsAdmin.confirm', { year: step.preview.year, count: step.preview.countries })}
              confirmLabel={t('importsAdmin.import')}
              busy={busy}
              onConfirm={confirmImport}
              onCancel={() => setStep({ ...step, confirming: false })}
            />
          ) : (
            <Button variant="primary" onClick={() => setStep({ ...step, confirming: true })}>
              {t('importsAdmin.import')}
            </Button>
          )}
        </section>
      )}
      {step.kind === 'done' && (
        <Notice tone="success" role="status" data-testid="import-done">
          <p>{t('importsAdmin.done', { count: step.imported.countries, year: step.imported.year })}</p>
          <p>
            <Link to={`/cycles/${step.imported.year}`}>{t('importsAdmin.viewResults')}</Link> ·{' '}
            <Link to={`/admin/cycles/${step.imported.cycleId}`}>{t('importsAdmin.viewCycle')}</Link>
          </p>
        </Notice>
      )}
    </section>
  );
}

/** Every problem of the file, by row (as the spreadsheet numbers it) and column. */
function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section aria-labelledby="import-problems" data-testid="import-problems">
      <Notice tone="error" role="alert">
        <h2 id="import-problems">{t('importsAdmin.problems', { count: problems.length })}</h2>
      </Notice>
      <DataTable
        caption={t('importsAdmin.problemCaption')}
        isCaptionHidden
        density="compact"
        rows={problems}
        rowKey={(p) => `${p.row}:${p.column ?? ''}:${p.message}`}
        pageSize={50}
        columns={[
          { key: 'row', header: t('importsAdmin.rowColumn'), isNumeric: true, cell: (p) => format.integer(p.row) },
          { key: 'column', header: t('importsAdmin.columnColumn'), cell: (p) => (p.column ? <code>{p.column}</code> : '') },
          { key: 'message', header: t('importsAdmin.problemColumn'), cell: (p) => <bdi>{p.message}</bdi> },
        ]}
      />
    </section>
  );
}
