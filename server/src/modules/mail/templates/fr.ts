import type { LocaleTexts } from './mail-texts.ts';

// French typography: a no-break space (U+00A0) before a colon, a narrow one (U+202F) before ; ! ?
const once = (until: string) => `Ce lien ne peut servir qu’une fois et reste valable jusqu’au ${until}.`;

export const fr: LocaleTexts = {
  brand: 'Indice mondial de cybersécurité (GCI)',
  greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  subject: (title, about) => (about.length ? `${title} — ${about.join(', ')}` : title),
  labels: { country: 'Pays', cycle: 'Édition', question: 'Question' },
  separator: '\u00a0: ',
  linkFallback: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:',
  footer: {
    notice:
      'Vous recevez ce message parce que vous participez à l’Indice mondial de cybersécurité sur cette plateforme. Vous le retrouverez aussi parmi vos notifications.',
    account:
      'Ce message a été envoyé automatiquement\u202f; merci de ne pas y répondre. Si vous ne l’attendiez pas, vous pouvez l’ignorer\u00a0: rien ne change tant que le lien n’est pas utilisé.',
  },
  kinds: {
    invitation: ({ invitedBy, expiresAt }, f) => ({
      title: 'Votre invitation à la plateforme du GCI',
      intro: [
        `${invitedBy ? `${invitedBy} vous invite` : 'Vous avez reçu une invitation'} à rejoindre la plateforme de l’Indice mondial de cybersécurité (GCI), où les pays répondent au questionnaire et où les examinateurs valident les résultats.`,
        'Pour activer votre compte, choisissez votre mot de passe.',
      ],
      outro: [once(f.dateTime(expiresAt))],
      action: 'Choisir mon mot de passe',
    }),
    password_reset: ({ expiresAt }, f) => ({
      title: 'Réinitialisation de votre mot de passe',
      intro: ['Nous avons reçu une demande de réinitialisation du mot de passe de votre compte sur la plateforme de l’Indice mondial de cybersécurité.'],
      outro: [once(f.dateTime(expiresAt)), 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe reste inchangé.'],
      action: 'Choisir un nouveau mot de passe',
    }),
    assessment_submitted: () => ({
      title: 'Questionnaire soumis pour examen',
      intro: ['Un pays a soumis son questionnaire. Il est prêt à être examiné.'],
      action: 'Ouvrir l’examen',
    }),
    assessment_resubmitted: () => ({
      title: 'Questionnaire soumis à nouveau',
      intro: ['Un pays a soumis à nouveau son questionnaire après révision. Les modifications sont prêtes à être examinées.'],
      action: 'Ouvrir l’examen',
    }),
    submission_receipt: ({ submittedAt, resubmission }, f) => ({
      title: resubmission ? 'Accusé de réception de votre questionnaire révisé' : 'Accusé de réception de votre questionnaire',
      intro: [
        `Le questionnaire ${resubmission ? 'révisé ' : ''}de votre pays a bien été reçu le ${f.dateTime(submittedAt)}.`,
        'Les examinateurs vont maintenant l’étudier. Vous recevrez une notification s’ils ont des questions ou demandent des modifications.',
      ],
      action: 'Voir le questionnaire',
    }),
    review_started: () => ({
      title: 'Examen commencé',
      intro: [
        'Les examinateurs ont commencé l’examen du questionnaire de votre pays. Ils peuvent commenter des réponses ou demander des modifications\u202f; vous recevrez alors une notification.',
      ],
      action: 'Suivre l’examen',
    }),
    assessment_returned: ({ comment, questionCount }, f) => ({
      title: 'Questionnaire renvoyé pour révision',
      intro: [
        'Un examinateur a renvoyé le questionnaire de votre pays pour révision.',
        ...(questionCount > 0
          ? [
              f.plural(questionCount, {
                one: '{n}\u00a0question demande votre attention.',
                many: '{n}\u00a0de questions demandent votre attention.',
                other: '{n}\u00a0questions demandent votre attention.',
              }),
            ]
          : []),
        'Commentaire de l’examinateur\u00a0:',
      ],
      quote: comment,
      outro: ['Apportez les modifications, puis soumettez à nouveau le questionnaire.'],
      action: 'Réviser le questionnaire',
    }),
    assessment_validated: () => ({
      title: 'Évaluation validée',
      intro: [
        'Les examinateurs ont validé l’évaluation de votre pays.',
        'Veuillez vérifier le résultat, puis l’accepter ou le contester pendant la période de validation.',
      ],
      action: 'Vérifier le résultat',
    }),
    result_accepted: () => ({
      title: 'Résultat accepté',
      intro: ['Le pays a accepté son résultat validé.'],
      action: 'Ouvrir l’évaluation',
    }),
    result_disputed: ({ comment }) => ({
      title: 'Résultat contesté',
      intro: ['Le pays conteste son résultat validé. Son explication\u00a0:'],
      quote: comment,
      outro: ['Merci de répondre dans le fil de discussion de la contestation.'],
      action: 'Ouvrir la contestation',
    }),
    result_final: () => ({
      title: 'Résultat définitif',
      intro: ['Le résultat de votre pays est désormais définitif. Il figurera dans les résultats publics à la publication de l’édition.'],
      action: 'Ouvrir l’évaluation',
    }),
    new_comment: ({ questionKey, from }) =>
      from === 'reviewer'
        ? {
            title: 'Nouveau commentaire d’un examinateur',
            intro: [
              questionKey
                ? 'Un examinateur a commenté une question du questionnaire de votre pays.'
                : 'Un examinateur a commenté le questionnaire de votre pays.',
            ],
            action: 'Lire et répondre',
          }
        : {
            title: 'Nouveau commentaire d’une équipe nationale',
            intro: [questionKey ? 'L’équipe du pays a commenté une question.' : 'L’équipe du pays a commenté son questionnaire.'],
            action: 'Lire et répondre',
          },
    answer_corrected: ({ reason }) => ({
      title: 'Un examinateur a corrigé une réponse',
      intro: ['Un examinateur a corrigé l’une des réponses de votre pays. Motif indiqué\u00a0:'],
      quote: reason,
      outro: ['La réponse précédente reste visible dans l’historique de la question.'],
      action: 'Voir la correction',
    }),
    deadline_reminder: ({ closesAt, daysLeft }, f) => ({
      title:
        daysLeft <= 0
          ? 'Dernier jour pour soumettre le questionnaire'
          : f.plural(daysLeft, {
              one: 'Plus que {n}\u00a0jour pour soumettre le questionnaire',
              many: 'Plus que {n}\u00a0de jours pour soumettre le questionnaire',
              other: 'Plus que {n}\u00a0jours pour soumettre le questionnaire',
            }),
      intro: [
        `Le questionnaire sera clos le ${f.dateTime(closesAt)}, et votre pays ne l’a pas encore soumis.`,
        'Merci de répondre aux questions restantes et de soumettre le questionnaire avant la date limite.',
      ],
      action: 'Continuer le questionnaire',
    }),
    results_published: () => ({
      title: 'Résultats publiés',
      intro: ['Les résultats de l’édition ont été publiés.', 'Le profil de votre pays présente son niveau, ses scores par pilier et ses axes de progrès.'],
      action: 'Voir les résultats de votre pays',
    }),
    assistance_update: ({ indicator, status, comment }) => ({
      title: 'Demande d’assistance',
      intro: [
        `La demande d’assistance pour l’indicateur ${indicator} est désormais\u00a0: ${{ requested: 'demandée', in_discussion: 'en discussion', planned: 'planifiée', delivered: 'réalisée', closed: 'clôturée' }[status]}.`,
      ],
      ...(comment ? { quote: comment } : {}),
      action: 'Ouvrir le plan d’action',
    }),
  },
};
