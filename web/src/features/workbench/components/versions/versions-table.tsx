import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodologyVersionSummary } from '@gci/shared';
import { DataTable, type Column } from '../../../../components/data-table/index.tsx';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import text from '../common/text.module.css';
import { methodologySheetHref } from '../../api/methodology-sheet.ts';
import { HashText } from './hash-text.tsx';
import { StatusTag } from './status-tag.tsx';
import styles from './versions-table.module.css';

/** Methodology versions with their status; published ones show their content hash. */
export function VersionsTable({ versions, isAnalyst }: { versions: readonly MethodologyVersionSummary[]; isAnalyst: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns: Column<MethodologyVersionSummary>[] = [
    {
      key: 'name',
      header: t('workbench.versions.name'),
      isRowHeader: true,
      sortValue: (v) => format.text(v.name),
      cell: (v) => (
        <>
          <Link to={`/workbench/methodologies/${v.id}`}>
            <bdi>{format.text(v.name)}</bdi>
          </Link>
          <div className={text.muted}>
            <code>{v.key}</code> · {t('workbench.versions.revision', { revision: v.revision })}
          </div>
        </>
      ),
    },
    { key: 'edition', header: t('workbench.versions.edition'), sortValue: (v) => v.edition, cell: (v) => v.edition },
    {
      key: 'status',
      header: t('workbench.versions.status'),
      cell: (v) => (
        <>
          <StatusTag status={v.status} />
          {v.publishedAt && <div className={text.muted}>{format.dateTime(v.publishedAt)}</div>}
        </>
      ),
    },
    { key: 'questions', header: t('workbench.versions.questions'), isNumeric: true, sortValue: (v) => v.questions, cell: (v) => format.integer(v.questions) },
    {
      key: 'hash',
      header: t('workbench.versions.hash'),
      cell: (v) => (v.contentHash ? <HashText hash={v.contentHash} /> : <span className={text.muted}>{t('workbench.versions.noHash')}</span>),
    },
    {
      key: 'actions',
      header: t('workbench.versions.actions'),
      cellProps: () => ({ className: styles.actions }),
      cell: (v) => (
        <>
          {(v.status === 'consultation' || (isAnalyst && v.status !== 'draft')) && (
            <Link to={`/workbench/methodologies/${v.id}/consultation`}>{t('workbench.versions.consultation')}</Link>
          )}
          {isAnalyst && v.derivedFromId && <Link to={`/workbench/diff?from=${v.derivedFromId}&to=${v.id}`}>{t('workbench.versions.diffWithSource')}</Link>}
          <a href={methodologySheetHref(v.id)} download data-testid="download-sheet">
            {t('methodologySheet.download')}
            <span className="visually-hidden"> {format.text(v.name)}</span>
          </a>
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('workbench.versions.caption')}
      isCaptionHidden
      columns={columns}
      rows={versions}
      rowProps={(v) => ({ 'data-version-id': v.id, 'data-key': v.key, 'data-status': v.status })}
      empty={<EmptyState>{t('workbench.versions.none')}</EmptyState>}
      isBoxed
      testId="versions"
    />
  );
}
