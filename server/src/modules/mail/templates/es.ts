import type { LocaleTexts } from './mail-texts.ts';

const once = (until: string) => `El enlace solo puede usarse una vez y es válido hasta el ${until}.`;

export const es: LocaleTexts = {
  brand: 'Índice Mundial de Ciberseguridad (GCI)',
  greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
  subject: (title, about) => (about.length ? `${title} — ${about.join(', ')}` : title),
  labels: { country: 'País', cycle: 'Edición', question: 'Pregunta' },
  separator: ': ',
  linkFallback: 'Si el botón no funciona, copie esta dirección en su navegador:',
  footer: {
    notice: 'Recibe este mensaje porque participa en el Índice Mundial de Ciberseguridad en esta plataforma. También lo encontrará entre sus notificaciones.',
    account:
      'Este mensaje se ha enviado automáticamente; no responda a él. Si no lo esperaba, puede ignorarlo: nada cambiará mientras no se utilice el enlace.',
  },
  kinds: {
    invitation: ({ invitedBy, expiresAt }, f) => ({
      title: 'Su invitación a la plataforma del GCI',
      intro: [
        `${invitedBy ? `${invitedBy} le ha invitado` : 'Ha recibido una invitación'} a unirse a la plataforma del Índice Mundial de Ciberseguridad (GCI), donde los países responden al cuestionario y los revisores validan los resultados.`,
        'Para activar su cuenta, elija su contraseña.',
      ],
      outro: [once(f.dateTime(expiresAt))],
      action: 'Elegir mi contraseña',
    }),
    password_reset: ({ expiresAt }, f) => ({
      title: 'Restablecimiento de su contraseña',
      intro: ['Hemos recibido una solicitud para restablecer la contraseña de su cuenta en la plataforma del Índice Mundial de Ciberseguridad.'],
      outro: [once(f.dateTime(expiresAt)), 'Si no ha hecho esta solicitud, ignore este mensaje: su contraseña seguirá siendo la misma.'],
      action: 'Elegir una nueva contraseña',
    }),
    assessment_submitted: () => ({
      title: 'Cuestionario enviado para revisión',
      intro: ['Un país ha enviado su cuestionario, que ya puede revisarse.'],
      action: 'Abrir la revisión',
    }),
    assessment_resubmitted: () => ({
      title: 'Cuestionario enviado de nuevo',
      intro: ['Un país ha vuelto a enviar su cuestionario tras modificarlo. Los cambios ya pueden revisarse.'],
      action: 'Abrir la revisión',
    }),
    submission_receipt: ({ submittedAt, resubmission }, f) => ({
      title: resubmission ? 'Acuse de recibo de su cuestionario modificado' : 'Acuse de recibo de su cuestionario',
      intro: [
        `El cuestionario ${resubmission ? 'modificado ' : ''}de su país se recibió el ${f.dateTime(submittedAt)}.`,
        'Los revisores lo examinarán ahora. Recibirá una notificación si tienen preguntas o solicitan cambios.',
      ],
      action: 'Ver el cuestionario',
    }),
    review_started: () => ({
      title: 'Revisión iniciada',
      intro: [
        'Los revisores han comenzado a revisar el cuestionario de su país. Pueden comentar respuestas o solicitar cambios; en ese caso recibirá una notificación.',
      ],
      action: 'Seguir la revisión',
    }),
    assessment_returned: ({ comment, questionCount }, f) => ({
      title: 'Cuestionario devuelto para su modificación',
      intro: [
        'Un revisor ha devuelto el cuestionario de su país para que se modifique.',
        ...(questionCount > 0
          ? [f.plural(questionCount, { one: 'Hay {n} pregunta que requiere su atención.', other: 'Hay {n} preguntas que requieren su atención.' })]
          : []),
        'Comentario del revisor:',
      ],
      quote: comment,
      outro: ['Haga los cambios y vuelva a enviar el cuestionario.'],
      action: 'Modificar el cuestionario',
    }),
    assessment_validated: () => ({
      title: 'Evaluación validada',
      intro: ['Los revisores han validado la evaluación de su país.', 'Compruebe el resultado y acéptelo o impúgnelo dentro del plazo de validación.'],
      action: 'Comprobar el resultado',
    }),
    result_accepted: () => ({
      title: 'Resultado aceptado',
      intro: ['El país ha aceptado su resultado validado.'],
      action: 'Abrir la evaluación',
    }),
    result_disputed: ({ comment }) => ({
      title: 'Resultado impugnado',
      intro: ['El país ha impugnado su resultado validado. Su explicación:'],
      quote: comment,
      outro: ['Responda en el hilo de la impugnación.'],
      action: 'Abrir la impugnación',
    }),
    result_final: () => ({
      title: 'Resultado definitivo',
      intro: ['El resultado de su país ya es definitivo. Aparecerá en los resultados públicos cuando se publique la edición.'],
      action: 'Abrir la evaluación',
    }),
    new_comment: ({ questionKey, from }) =>
      from === 'reviewer'
        ? {
            title: 'Nuevo comentario de un revisor',
            intro: [questionKey ? 'Un revisor ha comentado una pregunta del cuestionario de su país.' : 'Un revisor ha comentado el cuestionario de su país.'],
            action: 'Leer y responder',
          }
        : {
            title: 'Nuevo comentario de un equipo nacional',
            intro: [questionKey ? 'El equipo del país ha comentado una pregunta.' : 'El equipo del país ha comentado su cuestionario.'],
            action: 'Leer y responder',
          },
    answer_corrected: ({ reason }) => ({
      title: 'Un revisor ha corregido una respuesta',
      intro: ['Un revisor ha corregido una de las respuestas de su país. Motivo indicado:'],
      quote: reason,
      outro: ['La respuesta anterior se conserva en el historial de la pregunta.'],
      action: 'Ver la corrección',
    }),
    deadline_reminder: ({ closesAt, daysLeft }, f) => ({
      title:
        daysLeft <= 0
          ? 'Último día para enviar el cuestionario'
          : f.plural(daysLeft, { one: 'Queda {n} día para enviar el cuestionario', other: 'Quedan {n} días para enviar el cuestionario' }),
      intro: [
        `El cuestionario se cierra el ${f.dateTime(closesAt)} y su país aún no lo ha enviado.`,
        'Complete las preguntas pendientes y envíe el cuestionario antes de la fecha límite.',
      ],
      action: 'Continuar el cuestionario',
    }),
    results_published: () => ({
      title: 'Resultados publicados',
      intro: ['Se han publicado los resultados de la edición.', 'El perfil de su país muestra su nivel, sus puntuaciones por pilar y sus áreas de mejora.'],
      action: 'Ver los resultados de su país',
    }),
    assistance_update: ({ indicator, status, comment }) => ({
      title: 'Solicitud de asistencia',
      intro: [
        `La solicitud de asistencia para el indicador ${indicator} está ahora: ${{ requested: 'solicitada', in_discussion: 'en discusión', planned: 'planificada', delivered: 'prestada', closed: 'cerrada' }[status]}.`,
      ],
      ...(comment ? { quote: comment } : {}),
      action: 'Abrir el plan de acción',
    }),
  },
};
