import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleSummary } from '@gci/shared';
import { DownloadLinks } from '../../../../components/download-links/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import { useLocale } from '../../../../i18n/use-locale.ts';
import { answersExportLinks } from '../../../../lib/cycle-answers-links.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import layout from '../common/layout.module.css';
import { Tag } from '../common/tag.tsx';
import text from '../common/text.module.css';
import type { PublishedCycle } from '../../api/publish-cycle.ts';
import { HashText } from '../versions/hash-text.tsx';
import { PublicationsList } from './publications-list.tsx';
import { PublishForm } from './publish-form.tsx';

interface Props {
  cycles: readonly CycleSummary[];
  /** the publication just made, shown first */
  justPublished: (PublishedCycle & { cycleId: string }) | null;
  onPublish: (cycle: CycleSummary, note: string, leaveOut: readonly string[]) => Promise<void>;
}

/** Every cycle with its publications; publishing recomputes on the server and supersedes the last snapshot. */
export function CyclesPage({ cycles, justPublished, onPublish }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const locale = useLocale();
  const published = justPublished && cycles.find((c) => c.id === justPublished.cycleId);
  const newest = published?.publications.find((p) => p.id === justPublished?.publicationId);
  return (
    <>
      <h1>{t('workbench.cycles.title')}</h1>
      <p className={text.lead}>{t('workbench.cycles.intro')}</p>
      {published && justPublished && (
        <Notice tone="success" role="status" data-testid="new-publication" aria-labelledby="new-publication-title">
          <h2 id="new-publication-title">{t('workbench.cycles.newPublication', { name: published.name })}</h2>
          <p>
            {newest && <>{t('workbench.cycles.publishedAt', { date: format.dateTime(newest.publishedAt) })} </>}
            {t('workbench.versions.hashLabel')} <HashText hash={justPublished.contentHash} />
          </p>
          <p>
            <Link to={`/cycles/${published.year}`}>{t('workbench.cycles.seePublic', { year: published.year })}</Link>
          </p>
        </Notice>
      )}
      {cycles.map((c) => (
        <section key={c.id} className={layout.panel} aria-labelledby={`cycle-${c.year}`} data-cycle-year={c.year} data-cycle-id={c.id}>
          <h2 id={`cycle-${c.year}`}>
            <bdi>{c.name}</bdi> <Tag>{t(`workbench.cycleStatus.${c.status}`)}</Tag>
            {c.isDemo && (
              <Tag tone="warning" look="note">
                {t('workbench.cycles.demo')}
              </Tag>
            )}
          </h2>
          <p className={text.muted}>{t('workbench.cycles.window', { opens: format.dateTime(c.opensAt), closes: format.dateTime(c.closesAt) })}</p>
          {c.status !== 'draft' && (
            <DownloadLinks
              label={t('exports.cycleAnswers')}
              links={[
                { href: answersExportLinks(c.id, locale).xlsx, label: `${t('exports.cycleAnswers')} · ${t('exports.xlsx')}` },
                { href: answersExportLinks(c.id, locale).csv, label: `${t('exports.cycleAnswers')} · ${t('exports.csv')}` },
              ]}
              testId="cycle-answers-export"
            />
          )}
          <h3>{t('workbench.cycles.publications', { count: c.publications.length })}</h3>
          <PublicationsList publications={c.publications} highlight={justPublished?.cycleId === c.id ? justPublished.publicationId : null} />
          <PublishForm
            cycleId={c.id}
            cycleName={c.name}
            isPublishable={c.actions.includes('publish')}
            onPublish={(note, leaveOut) => onPublish(c, note, leaveOut)}
          />
        </section>
      ))}
    </>
  );
}
