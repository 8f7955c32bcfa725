import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { completion, localize, visibleQuestionKeys, type AssessmentDetail, type Locale, type SessionUser } from '@gci/shared';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { PillarLayout } from '../../../components/pillar-nav/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { ReturnDetails } from '../api/get-return-details.ts';
import { QuestionnaireContext, type QuestionnaireContextValue } from '../lib/questionnaire-context.ts';
import { effectiveAnswers } from '../lib/queue-logic.ts';
import { useAnswerSync } from '../lib/use-answer-sync.ts';
import { useAssessmentDetail } from '../lib/use-assessment-detail.ts';
import { useScrollToHash } from '../lib/use-scroll-to-hash.ts';
import { useWarnBeforeUnload } from '../lib/use-warn-before-unload.ts';
import { PillarNav } from './pillar-nav.tsx';
import { PillarSection } from './pillar-section.tsx';
import { PrefillOffer } from './prefill-offer.tsx';
import { QuestionnaireHeader } from './questionnaire-header.tsx';
import { ReadOnlyNotice } from './read-only-notice.tsx';
import { ReturnedBanner } from './returned-banner.tsx';
import { SaveStatus } from './save-status.tsx';
import { StorageWarning } from './storage-warning.tsx';
import { SubmissionPanel } from './submission-panel.tsx';
import styles from './questionnaire-page.module.css';

interface Props {
  detail: AssessmentDetail;
  /** the language `detail` was read in */
  lang: Locale;
  user: SessionUser;
  csrfToken: string;
  /** where to sign in again and come back here */
  signInPath: string;
  onSignedOut: () => void;
  /** why it was returned, when it is */
  returned?: ReturnDetails | null;
}

/** The questionnaire of one assessment: pillar by pillar, autosaved, with the submission check at the end. */
export function QuestionnairePage({ detail: initial, lang, user, csrfToken, signInPath, onSignedOut, returned = null }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { sync, snapshot } = useAnswerSync(initial, user.id, onSignedOut);
  const { detail, setDetail, reload } = useAssessmentDetail(initial, lang, locale, sync);
  const [searchParams] = useSearchParams();
  const { methodology } = detail;

  const answers = useMemo(() => effectiveAnswers(snapshot.server, snapshot.edits), [snapshot.server, snapshot.edits]);
  const progress = useMemo(() => completion(methodology, answers), [methodology, answers]);
  const visible = useMemo(() => visibleQuestionKeys(methodology, answers), [methodology, answers]);
  const isSubmitView = searchParams.get('view') === 'submit';
  const pillar = methodology.pillars.find((p) => p.key === searchParams.get('pillar')) ?? methodology.pillars[0];
  const current = isSubmitView ? 'submit' : (pillar?.key ?? '');
  useScrollToHash(current);
  useWarnBeforeUnload(snapshot.storage === 'memory' && Object.keys(snapshot.edits).length > 0);

  const context: QuestionnaireContextValue = {
    assessment: detail.assessment,
    methodology,
    locale,
    sync,
    snapshot,
    answers,
    canEdit: detail.assessment.editable && user.role === 'focal_point',
    canShare: user.role === 'focal_point',
    csrfToken,
    // the return stops mattering once the team has resubmitted
    returned: detail.assessment.status === 'returned' ? returned : null,
  };
  const country = localize(detail.assessment.country.names, locale);

  return (
    <QuestionnaireContext value={context}>
      <div className={styles.page}>
        <PageTitle title={`${country} · ${detail.assessment.cycle.name}`} />
        <QuestionnaireHeader />
        <StorageWarning storage={snapshot.storage} />
        <ReadOnlyNotice role={user.role} />
        {context.returned && <ReturnedBanner details={context.returned} />}
        <PrefillOffer from={detail.prefillFrom} onDone={reload} />
        <SaveStatus signInPath={signInPath} />
        <PillarLayout>
          <PillarNav progress={progress} current={current} />
          <div data-testid="questionnaire-content">
            {isSubmitView ? (
              <SubmissionPanel
                onSubmitted={(summary) => {
                  setDetail((previous) => ({ ...previous, assessment: summary }));
                  sync.setAssessmentStatus(summary.status);
                }}
              />
            ) : (
              pillar && <PillarSection pillar={pillar} visible={visible} />
            )}
          </div>
        </PillarLayout>
        {methodology.pillars.length === 0 && <EmptyState>{t('questionnaire.empty')}</EmptyState>}
      </div>
    </QuestionnaireContext>
  );
}
