import { STATUS_VALUES, type StatusValue } from '../question-types/status.ts';
import { localize, type Locale } from '../schemas/locale.ts';
import type { AnswerValue, QuestionSpec } from '../schemas/methodology.ts';

/** The words an answer is told in, supplied by whoever shows it (the web's translations, a file's own). */
export interface AnswerWords {
  yes: string;
  no: string;
  noneChosen: string;
  status: (value: StatusValue) => string;
}

const STATUSES: ReadonlySet<string> = new Set(STATUS_VALUES);

/** A given answer as people read it, in `locale`: the questionnaire's history and review, and the exported files. */
export function answerInWords(spec: QuestionSpec, value: Exclude<AnswerValue, null>, locale: Locale, words: AnswerWords): string {
  switch (spec.type) {
    case 'yes_no':
      return value === true ? words.yes : value === false ? words.no : String(value);
    case 'status':
      return typeof value === 'string' && STATUSES.has(value) ? words.status(value as StatusValue) : String(value);
    case 'single_choice':
    case 'multi_choice': {
      const keys = Array.isArray(value) ? value.map(String) : [String(value)];
      if (keys.length === 0) return words.noneChosen;
      const label = (key: string) => {
        const option = spec.options.find((o) => o.key === key);
        return option ? localize(option.label, locale) : key;
      };
      return new Intl.ListFormat(locale, { type: 'conjunction' }).format(keys.map(label));
    }
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value) : String(value);
    case 'text':
      return String(value);
  }
}
