import type { LocalizedString, TransitionBody } from '@gci/shared';
import type { Notice } from '../notifications/notify.ts';
import type { AssessmentContext } from './assessments.repository.ts';

/** Who hears of a transition: the reviewers, or the country's team. */
export interface TransitionNotice {
  to: 'reviewers' | 'team';
  notice: Notice;
}

/**
 * The notices a transition sends, to the other side (and a receipt to the team that submitted).
 * Exhaustive over the actions: a new one does not compile until it says whom it tells.
 */
export function transitionNotices(a: AssessmentContext, body: TransitionBody, at: Date): TransitionNotice[] {
  const facts = { country: a.countryNames as LocalizedString, cycleName: a.cycleName, link: `/assessments/${a.id}` };
  const about = { assessmentId: a.id };
  switch (body.action) {
    case 'submit':
    case 'resubmit': {
      const resubmission = body.action === 'resubmit';
      return [
        { to: 'reviewers', notice: { kind: resubmission ? 'assessment_resubmitted' : 'assessment_submitted', params: facts, ...about } },
        { to: 'team', notice: { kind: 'submission_receipt', params: { ...facts, submittedAt: at, resubmission }, ...about } },
      ];
    }
    case 'start_review':
      return [{ to: 'team', notice: { kind: 'review_started', params: facts, ...about } }];
    case 'return':
      return [
        {
          to: 'team',
          notice: {
            kind: 'assessment_returned',
            params: { ...facts, comment: body.comment ?? '', questionCount: new Set(body.questionKeys ?? []).size },
            ...about,
          },
        },
      ];
    case 'validate':
      return [{ to: 'team', notice: { kind: 'assessment_validated', params: facts, ...about } }];
    case 'accept':
      return [{ to: 'reviewers', notice: { kind: 'result_accepted', params: facts, ...about } }];
    case 'dispute':
      return [{ to: 'reviewers', notice: { kind: 'result_disputed', params: { ...facts, comment: body.comment ?? '' }, ...about } }];
    case 'finalize':
      return [{ to: 'team', notice: { kind: 'result_final', params: facts, ...about } }];
  }
}
