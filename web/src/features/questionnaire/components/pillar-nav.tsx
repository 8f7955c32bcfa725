import { useTranslation } from 'react-i18next';
import { localize, type Completion } from '@gci/shared';
import { PillarNav as Nav, PillarNavLink } from '../../../components/pillar-nav/index.tsx';
import { fallbackLang } from '../../../lib/fallback-lang.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { ProgressMeter } from './progress-meter.tsx';

/** The pillars with their progress, overall progress, and the way to the submission check. */
export function PillarNav({ progress, current }: { progress: Completion; current: string }) {
  const { t } = useTranslation();
  const { methodology, locale } = useQuestionnaire();
  return (
    <Nav
      label={t('questionnaire.pillarsNav')}
      testId="pillar-nav"
      summary={<ProgressMeter label={t('questionnaire.progress.overall')} counts={progress} testId="progress-overall" />}
    >
      {methodology.pillars.map((pillar) => {
        const counts = progress.pillars.find((p) => p.key === pillar.key);
        return (
          <PillarNavLink key={pillar.key} search={`?pillar=${encodeURIComponent(pillar.key)}`} isCurrent={current === pillar.key} pillarKey={pillar.key}>
            {counts ? (
              <ProgressMeter
                label={localize(pillar.texts.title, locale)}
                labelLang={fallbackLang(pillar.texts.title, locale)}
                counts={counts}
                testId={`progress-${pillar.key}`}
              />
            ) : (
              localize(pillar.texts.title, locale)
            )}
          </PillarNavLink>
        );
      })}
      <PillarNavLink search="?view=submit" isCurrent={current === 'submit'} isAction testId="nav-submit">
        {t('questionnaire.submit.nav')}
      </PillarNavLink>
    </Nav>
  );
}
