import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodologyVersionSummary } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { StatusTag } from '../versions/status-tag.tsx';

/** The version's name, status, revision, and for a published one its content hash in full. */
export function VersionHeader({ version, isAnalyst = true }: { version: MethodologyVersionSummary; isAnalyst?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <header className="version-header">
      <p className="breadcrumb">
        <Link to="/workbench/methodologies">{t('workbench.versions.title')}</Link>
      </p>
      <h1>
        <bdi>{format.text(version.name)}</bdi>
      </h1>
      <p className="version-header__meta">
        <StatusTag status={version.status} /> <code>{version.key}</code> · {t('workbench.versions.edition')} {version.edition} · {t('workbench.versions.revision', { revision: version.revision })} ·{' '}
        {t('workbench.versions.questionsCount', { count: version.questions })}
      </p>
      {version.contentHash && (
        <p className="notice notice--info version-header__hash" data-testid="content-hash">
          {version.publishedAt && t('workbench.versions.publishedOn', { date: format.dateTime(version.publishedAt) })} {t('workbench.versions.hashLabel')} <code className="break-all">{version.contentHash}</code>
        </p>
      )}
      <p className="version-header__links">
        {(version.status === 'consultation' || (isAnalyst && version.status !== 'draft')) && (
          <Link to={`/workbench/methodologies/${version.id}/consultation`}>{t('workbench.versions.consultation')}</Link>
        )}
        {isAnalyst && version.derivedFromId && <Link to={`/workbench/diff?from=${version.derivedFromId}&to=${version.id}`}>{t('workbench.versions.diffWithSource')}</Link>}
      </p>
    </header>
  );
}
