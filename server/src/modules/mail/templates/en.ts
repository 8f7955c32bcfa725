import type { LocaleTexts } from './mail-texts.ts';

const once = (until: string) => `The link can be used once and works until ${until}.`;

export const en: LocaleTexts = {
  brand: 'Global Cybersecurity Index (GCI)',
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  subject: (title, about) => (about.length ? `${title} — ${about.join(', ')}` : title),
  labels: { country: 'Country', cycle: 'Cycle', question: 'Question' },
  separator: ': ',
  linkFallback: 'If the button does not work, copy this address into your browser:',
  footer: {
    notice:
      'You are receiving this message because you take part in the Global Cybersecurity Index on this platform. You will also find it among your notifications there.',
    account: 'This message was sent automatically; please do not reply. If you did not expect it, you can ignore it: nothing changes until the link is used.',
  },
  kinds: {
    invitation: ({ invitedBy, expiresAt }, f) => ({
      title: 'Your invitation to the GCI platform',
      intro: [
        `${invitedBy ? `${invitedBy} has invited you` : 'You have been invited'} to join the platform of the Global Cybersecurity Index (GCI), where countries answer the questionnaire and reviewers validate the results.`,
        'To activate your account, choose your password.',
      ],
      outro: [once(f.dateTime(expiresAt))],
      action: 'Choose my password',
    }),
    password_reset: ({ expiresAt }, f) => ({
      title: 'Reset your password',
      intro: ['We received a request to reset the password of your account on the Global Cybersecurity Index platform.'],
      outro: [once(f.dateTime(expiresAt)), 'If you did not ask for this, ignore this message: your password stays as it is.'],
      action: 'Choose a new password',
    }),
    assessment_submitted: () => ({
      title: 'Questionnaire submitted for review',
      intro: ['A country has submitted its questionnaire. It is ready for review.'],
      action: 'Open the review',
    }),
    assessment_resubmitted: () => ({
      title: 'Questionnaire resubmitted',
      intro: ['A country has resubmitted its questionnaire after revision. The changes are ready for review.'],
      action: 'Open the review',
    }),
    submission_receipt: ({ submittedAt, resubmission }, f) => ({
      title: resubmission ? 'Receipt for your revised questionnaire' : 'Receipt for your questionnaire',
      intro: [
        `Your country’s ${resubmission ? 'revised ' : ''}questionnaire was received on ${f.dateTime(submittedAt)}.`,
        'The reviewers will now examine it. You will be notified if they have questions or ask for changes.',
      ],
      action: 'View the questionnaire',
    }),
    review_started: () => ({
      title: 'Review started',
      intro: ['The reviewers have started reviewing your country’s questionnaire. They may comment on answers or ask for changes; you will be notified.'],
      action: 'Follow the review',
    }),
    assessment_returned: ({ comment, questionCount }, f) => ({
      title: 'Questionnaire returned for revision',
      intro: [
        'A reviewer has returned your country’s questionnaire for revision.',
        ...(questionCount > 0 ? [f.plural(questionCount, { one: '{n} question needs your attention.', other: '{n} questions need your attention.' })] : []),
        'The reviewer’s comment:',
      ],
      quote: comment,
      outro: ['Make the changes, then submit the questionnaire again.'],
      action: 'Revise the questionnaire',
    }),
    assessment_validated: () => ({
      title: 'Assessment validated',
      intro: ['The reviewers have validated your country’s assessment.', 'Please check the result, then accept it or dispute it within the validation period.'],
      action: 'Check the result',
    }),
    result_accepted: () => ({
      title: 'Result accepted',
      intro: ['The country has accepted its validated result.'],
      action: 'Open the assessment',
    }),
    result_disputed: ({ comment }) => ({
      title: 'Result disputed',
      intro: ['The country has disputed its validated result. Its explanation:'],
      quote: comment,
      outro: ['Please reply in the dispute’s thread.'],
      action: 'Open the dispute',
    }),
    result_final: () => ({
      title: 'Result final',
      intro: ['Your country’s result is now final. It will appear in the public results when the cycle is published.'],
      action: 'Open the assessment',
    }),
    new_comment: ({ questionKey, from }) =>
      from === 'reviewer'
        ? {
            title: 'New comment from a reviewer',
            intro: [
              questionKey
                ? 'A reviewer has commented on a question of your country’s questionnaire.'
                : 'A reviewer has commented on your country’s questionnaire.',
            ],
            action: 'Read and reply',
          }
        : {
            title: 'New comment from a country team',
            intro: [questionKey ? 'The country’s team has commented on a question.' : 'The country’s team has commented on its questionnaire.'],
            action: 'Read and reply',
          },
    answer_corrected: ({ reason }) => ({
      title: 'A reviewer corrected an answer',
      intro: ['A reviewer has corrected one of your country’s answers. The reason given:'],
      quote: reason,
      outro: ['The previous answer stays in the question’s history.'],
      action: 'See the correction',
    }),
    deadline_reminder: ({ closesAt, daysLeft }, f) => ({
      title: daysLeft <= 0 ? 'Last day to submit the questionnaire' : f.plural(daysLeft, { one: '{n} day left to submit', other: '{n} days left to submit' }),
      intro: [
        `The questionnaire closes on ${f.dateTime(closesAt)}, and your country has not submitted it yet.`,
        'Please complete the remaining questions and submit before the deadline.',
      ],
      action: 'Continue the questionnaire',
    }),
    results_published: () => ({
      title: 'Results published',
      intro: ['The results of the cycle have been published.', 'Your country’s profile shows its tier, its scores by pillar and its areas for growth.'],
      action: 'See your country’s results',
    }),
    assistance_update: ({ indicator, status, comment }) => ({
      title: 'Request for assistance',
      intro: [
        `Your request for assistance with indicator ${indicator} is now: ${{ requested: 'requested', in_discussion: 'in discussion', planned: 'planned', delivered: 'delivered', closed: 'closed' }[status]}.`,
      ],
      ...(comment ? { quote: comment } : {}),
      action: 'Open the action plan',
    }),
  },
};
