import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { completion, localize, visibleQuestionKeys, type Answers, type AssessmentStatus, type SessionUser } from '@gci/shared';
import { Fact } from '../../../components/fact-list/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { PillarLayout } from '../../../components/pillar-nav/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { ReviewData } from '../lib/load-review-data.ts';
import { ReviewContext } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { useReviewContextValue } from '../lib/use-review-context.ts';
import { useScrollToHash } from '../lib/use-scroll-to-hash.ts';
import { AssessmentDiscussion } from './assessment-discussion.tsx';
import { ResubmissionDiff } from './resubmission-diff.tsx';
import { ReviewActions } from './review-actions.tsx';
import { ReviewHeader } from './review-header.tsx';
import { ReviewPillar } from './review-pillar.tsx';
import { ReviewPillarNav } from './review-pillar-nav.tsx';

const UNDER_REVISION: readonly AssessmentStatus[] = ['returned', 'resubmitted', 'in_review'];

/** `/review/:assessmentId`: the reviewer reads the answers, discusses, corrects, and moves the assessment on. */
export function ReviewPage({ data, user, refresh }: { data: ReviewData; user: SessionUser; refresh: () => Promise<void> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatters();
  const { detail, threads, diff } = data;
  const context = useReviewContextValue(detail, threads, user, locale, refresh);
  const { methodology, assessment } = detail;
  const [searchParams] = useSearchParams();
  const { hash } = useLocation();

  const values: Answers = useMemo(() => Object.fromEntries(Object.entries(detail.answers).map(([key, a]) => [key, a.value])), [detail.answers]);
  const visible = useMemo(() => visibleQuestionKeys(methodology, values), [methodology, values]);
  const share = useMemo(() => completion(methodology, values).share, [methodology, values]);
  // The flags of a return matter until the reviewer decides again: once validated they are history.
  const flagged = useMemo(() => new Set(UNDER_REVISION.includes(assessment.status) ? diff.flagged : []), [diff.flagged, assessment.status]);
  const changed = useMemo(() => new Set(diff.changes.map((c) => c.questionKey)), [diff.changes]);
  // A link to `#q-<key>` without `?pillar=` (e.g. from a notification) opens the pillar that holds it.
  const hashKey = hash.startsWith('#q-') ? decodeURIComponent(hash.slice(3)) : null;
  const pillarKey = searchParams.get('pillar') ?? (hashKey ? context.index.questions.get(hashKey)?.pillarKey : undefined);
  const pillar = methodology.pillars.find((p) => p.key === pillarKey) ?? methodology.pillars[0];
  useScrollToHash(pillar?.key ?? '');
  const openThreads = threads.filter((thread) => thread.status === 'open').length;

  return (
    <ReviewContext value={context}>
      <div data-testid="review-page">
        <PageTitle title={`${t('review.page.kicker')} · ${localize(assessment.country.names, locale)} · ${assessment.cycle.name}`} />
        <ReviewHeader back={{ to: '/review', label: t('review.queue.title') }} kicker={t('review.page.kicker')}>
          <Fact label={t('review.page.completion')}>{format.percent(share)}</Fact>
          <Fact label={t('review.page.openThreads')} testId="open-thread-count">
            {openThreads}
          </Fact>
        </ReviewHeader>
        <ReviewActions />
        {context.corrections.state === 'failed' && <Notice tone="warning">{t('review.correction.loadFailed')}</Notice>}
        <ResubmissionDiff diff={diff} />
        <AssessmentDiscussion />
        <PillarLayout>
          <ReviewPillarNav current={pillar?.key ?? ''} flagged={flagged} />
          <div>{pillar && <ReviewPillar pillar={pillar} visible={visible} flagged={flagged} changed={changed} />}</div>
        </PillarLayout>
      </div>
    </ReviewContext>
  );
}
