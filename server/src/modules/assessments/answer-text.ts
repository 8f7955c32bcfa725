import { answerInWords, localize, type AnswerValue, type Locale, type LocalizedString, type QuestionSpec, type StatusValue } from '@gci/shared';

// The words the questionnaire shows for these answers (web/src/locales `questionnaire.*`), for files read outside the web.
const YES: LocalizedString = { en: 'Yes', fr: 'Oui', es: 'Sí', ar: 'نعم', zh: '是', ru: 'Да' };
const NO: LocalizedString = { en: 'No', fr: 'Non', es: 'No', ar: 'لا', zh: '否', ru: 'Нет' };
const NONE_CHOSEN: LocalizedString = {
  en: 'None of these',
  fr: 'Aucune de ces options',
  es: 'Ninguna de estas opciones',
  ar: 'لا شيء مما سبق',
  zh: '以上皆无',
  ru: 'Ничего из перечисленного',
};
const STATUS: Record<StatusValue, LocalizedString> = {
  in_place: { en: 'In place', fr: 'En place', es: 'Implantado', ar: 'قائم', zh: '已实施', ru: 'Действует' },
  partial: {
    en: 'Partially in place or in progress',
    fr: 'Partiellement en place ou en cours',
    es: 'Parcialmente implantado o en curso',
    ar: 'قائم جزئيًا أو قيد الإنجاز',
    zh: '部分实施或正在进行',
    ru: 'Действует частично или в процессе',
  },
  absent: { en: 'Absent', fr: 'Absent', es: 'Ausente', ar: 'غير موجود', zh: '无', ru: 'Отсутствует' },
};

/** An answer as people read it, in `locale`; null when there is none. */
export function answerText(spec: QuestionSpec, value: AnswerValue | undefined, locale: Locale): string | null {
  if (value === null || value === undefined) return null;
  return answerInWords(spec, value, locale, {
    yes: localize(YES, locale),
    no: localize(NO, locale),
    noneChosen: localize(NONE_CHOSEN, locale),
    status: (status) => localize(STATUS[status], locale),
  });
}
