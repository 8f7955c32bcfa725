import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type LocalizedString, type CountryProfile } from '@gci/shared';
import { buttonClass, Button } from '../../../../components/button/index.tsx';
import { PageTitle } from '../../../../components/page-title/index.tsx';
import { ScoreDisplay } from '../../../../components/score-display/index.tsx';
import { publicPaths } from '../../lib/paths.ts';
import { tierBand } from '../../lib/tier-band.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { DemoBanner } from '../demo-banner.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { EditionsChart } from './editions-chart.tsx';
import { EvidenceLinks } from './evidence-links.tsx';
import { NextTier } from './next-tier.tsx';
import { PeerAreas } from './peer-areas.tsx';
import { PillarChart } from './pillar-chart.tsx';
import { TierHistory } from './tier-history.tsx';
import { TierTrace } from './tier-trace.tsx';
import styles from './country-profile-view.module.css';

/** Printing shows every collapsed part of the trace: a closed <details> would print closed. */
function useOpenDetailsForPrint(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const open = () => root.current?.querySelectorAll('details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, [root]);
}

/** A part of the profile under its heading (`<id>-title`, for aria-labelledby). */
function ProfileSection({ id, title, children, testId }: { id: string; title: string; children: ReactNode; testId?: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className={styles.section} data-testid={testId}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** One country's public profile in one published cycle; also its one-page printed report. */
export function CountryProfileView({ profile }: { profile: CountryProfile }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { locale } = format;
  const article = useRef<HTMLElement>(null);
  useOpenDetailsForPrint(article);
  const { cycle, country } = profile;
  const name = localize(country.names, locale);
  const band = tierBand(profile.tier, profile.tiers);
  const titles = useMemo(() => new Map<string, LocalizedString>(profile.trace.map((r) => [r.key, r.title])), [profile.trace]);
  const pillarNames = useMemo(() => new Map(profile.pillars.map((p) => [p.key, localize(p.name, locale)])), [profile.pillars, locale]);
  const bandText = band ? t(band.isTop ? 'results.bandTop' : 'results.band', { min: format.bound(band.info.min), max: format.bound(band.info.max) }) : '';

  return (
    <article ref={article} className={styles.profile} aria-labelledby="profile-title">
      <PageTitle title={`${name} · ${cycle.name}`} />
      {cycle.isDemo && <DemoBanner />}
      <p className={styles.breadcrumb}>
        <Link to={publicPaths.results(cycle.year)}>
          <bdi>{cycle.name}</bdi>
        </Link>
      </p>
      <header className={styles.header} data-tier={profile.tier}>
        <h1 id="profile-title">{name}</h1>
        <p className={styles.tier} data-testid="profile-tier">
          <TierBadge tier={profile.tier} size="large" />
          <span className={styles.tierName}>{band ? localize(band.info.name, locale) : ''}</span>
        </p>
        <dl className={styles.facts}>
          <div>
            <dt>{t('public.profile.band')}</dt>
            <dd>{bandText}</dd>
          </div>
          <div>
            <dt>{t('results.overallScore')}</dt>
            <dd>
              <ScoreDisplay value={profile.overall} max={100} />
            </dd>
          </div>
          <div>
            <dt>{t('results.region')}</dt>
            <dd>{t(`regions.${country.region}`)}</dd>
          </div>
          {profile.stability && (
            <div>
              <dt>{t('public.profile.stability')}</dt>
              <dd>
                {t('public.profile.stabilityValue', {
                  probability: format.percent(profile.stability.probability),
                  draws: format.integer(profile.stability.draws),
                })}
              </dd>
            </div>
          )}
        </dl>
        <p className={styles.actions}>
          <Button onClick={() => window.print()}>{t('public.profile.print')}</Button>
          <Link className={buttonClass()} to={publicPaths.compare(cycle.year, [country.iso3])}>
            {t('public.profile.compare')}
          </Link>
        </p>
      </header>

      <ProfileSection id="pillars" title={t('public.profile.pillars')}>
        <PillarChart pillars={profile.pillars} locale={locale} />
      </ProfileSection>
      <ProfileSection id="areas" title={t('public.profile.areas')}>
        <PeerAreas profile={profile} locale={locale} />
      </ProfileSection>
      <ProfileSection id="next-tier" title={t('public.profile.nextTier')} testId="next-tier">
        <NextTier distance={profile.distance} tiers={profile.tiers} pillarNames={pillarNames} locale={locale} />
      </ProfileSection>
      <ProfileSection id="trace" title={t('public.trace.title')}>
        <TierTrace trace={profile.trace} locale={locale} />
      </ProfileSection>
      <ProfileSection id="evidence" title={t('public.profile.evidence')}>
        <EvidenceLinks evidence={profile.evidence} titles={titles} locale={locale} />
      </ProfileSection>
      <ProfileSection id="history" title={t('public.profile.history')}>
        <TierHistory history={profile.history} iso3={country.iso3} currentYear={cycle.year} />
      </ProfileSection>
      <ProfileSection id="editions" title={t('public.profile.editions')}>
        <EditionsChart history={profile.history} currentYear={cycle.year} locale={locale} />
      </ProfileSection>
    </article>
  );
}
