import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodologyVersionSummary } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { HashText } from './hash-text.tsx';
import { StatusTag } from './status-tag.tsx';

/** Methodology versions with their status; published ones show their content hash. */
export function VersionsTable({ versions, isAnalyst }: { versions: readonly MethodologyVersionSummary[]; isAnalyst: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (versions.length === 0) return <p className="notice notice--info">{t('workbench.versions.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="versions">
        <caption className="visually-hidden">{t('workbench.versions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workbench.versions.name')}</th>
            <th scope="col">{t('workbench.versions.edition')}</th>
            <th scope="col">{t('workbench.versions.status')}</th>
            <th scope="col">{t('workbench.versions.questions')}</th>
            <th scope="col">{t('workbench.versions.hash')}</th>
            <th scope="col">{t('workbench.versions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} data-version-id={v.id} data-key={v.key} data-status={v.status}>
              <th scope="row">
                <Link to={`/workbench/methodologies/${v.id}`}>
                  <bdi>{format.text(v.name)}</bdi>
                </Link>
                <div className="muted">
                  <code>{v.key}</code> · {t('workbench.versions.revision', { revision: v.revision })}
                </div>
              </th>
              <td>{v.edition}</td>
              <td>
                <StatusTag status={v.status} />
                {v.publishedAt && <div className="muted">{format.dateTime(v.publishedAt)}</div>}
              </td>
              <td>{format.integer(v.questions)}</td>
              <td>{v.contentHash ? <HashText hash={v.contentHash} /> : <span className="muted">{t('workbench.versions.noHash')}</span>}</td>
              <td className="actions-cell">
                {(v.status === 'consultation' || (isAnalyst && v.status !== 'draft')) && (
                  <Link to={`/workbench/methodologies/${v.id}/consultation`}>{t('workbench.versions.consultation')}</Link>
                )}
                {isAnalyst && v.derivedFromId && (
                  <Link to={`/workbench/diff?from=${v.derivedFromId}&to=${v.id}`}>{t('workbench.versions.diffWithSource')}</Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
