import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodologyVersionSummary } from '@gci/shared';
import { Notice } from '../../../../components/notice/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import text from '../common/text.module.css';
import { StatusTag } from '../versions/status-tag.tsx';
import styles from './version-header.module.css';

/** The version's name, status, revision, and for a published one its content hash in full. */
export function VersionHeader({ version, isAnalyst = true }: { version: MethodologyVersionSummary; isAnalyst?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <header data-testid="version-header">
      <p className={styles.breadcrumb}>
        <Link to="/workbench/methodologies">{t('workbench.versions.title')}</Link>
      </p>
      <h1>
        <bdi>{format.text(version.name)}</bdi>
      </h1>
      <p className={text.muted}>
        <StatusTag status={version.status} /> <code>{version.key}</code> · {t('workbench.versions.edition')} {version.edition} ·{' '}
        {t('workbench.versions.revision', { revision: version.revision })} · {t('workbench.versions.questionsCount', { count: version.questions })}
      </p>
      {version.contentHash && (
        <Notice tone="info" data-testid="content-hash">
          <p>
            {version.publishedAt && t('workbench.versions.publishedOn', { date: format.dateTime(version.publishedAt) })} {t('workbench.versions.hashLabel')}{' '}
            <code className={styles.hash}>{version.contentHash}</code>
          </p>
        </Notice>
      )}
      <p className={styles.links}>
        {(version.status === 'consultation' || (isAnalyst && version.status !== 'draft')) && (
          <Link to={`/workbench/methodologies/${version.id}/consultation`}>{t('workbench.versions.consultation')}</Link>
        )}
        {isAnalyst && version.derivedFromId && (
          <Link to={`/workbench/diff?from=${version.derivedFromId}&to=${version.id}`}>{t('workbench.versions.diffWithSource')}</Link>
        )}
      </p>
    </header>
  );
}
