import { LOCALES, type Locale, type LocalizedString } from '../schemas/locale.ts';
import type { Methodology, MethodologyNode, NodeTexts } from '../schemas/methodology.ts';

export type TranslatedLocale = Exclude<Locale, 'en'>;

/** Which text of a methodology: its name, a tier's name, a node's text or a question option's label. */
export type TranslatableField = 'name' | 'tier_name' | keyof NodeTexts | 'option_label';

/** A text written in English but not in the language. */
export interface MissingText {
  /** the editor's path of the translation (`pillars[0].children[2].texts.help.fr`) */
  path: string;
  /** the node the text belongs to (`legal.cybercrime`), the tier's key, or '' for the methodology's name */
  owner: string;
  field: TranslatableField;
  /** the option's key when `field` is 'option_label' */
  option?: string;
  english: string;
}

export interface LanguageCompleteness {
  locale: TranslatedLocale;
  /** texts written in English: every one of them should be translated */
  total: number;
  translated: number;
  /** 0–100, rounded down so that 100 means nothing is missing */
  percent: number;
  missing: MissingText[];
}

interface Text {
  path: string;
  owner: string;
  field: TranslatableField;
  option?: string;
  value: LocalizedString;
}

const NODE_FIELDS = ['title', 'description', 'help', 'criteria', 'evidence'] as const satisfies readonly (keyof NodeTexts)[];

function nodeTexts(node: MethodologyNode, path: string): Text[] {
  const own = NODE_FIELDS.flatMap((field): Text[] => {
    const value = node.texts[field];
    return value ? [{ path: `${path}.texts.${field}`, owner: node.key, field, value }] : [];
  });
  if (node.kind === 'question') {
    const options = 'options' in node.question ? node.question.options : [];
    return [
      ...own,
      ...options.map((o, i): Text => ({ path: `${path}.question.options[${i}].label`, owner: node.key, field: 'option_label', option: o.key, value: o.label })),
    ];
  }
  return [...own, ...node.children.flatMap((child, i) => nodeTexts(child, `${path}.children[${i}]`))];
}

/** Every localized text of a methodology, in the editor's order. */
function allTexts(m: Methodology): Text[] {
  return [
    { path: 'name', owner: '', field: 'name', value: m.name },
    ...m.thresholds.map((t, i): Text => ({ path: `thresholds[${i}].name`, owner: t.key, field: 'tier_name', value: t.name })),
    ...m.pillars.flatMap((p, i) => nodeTexts(p, `pillars[${i}]`)),
  ];
}

/**
 * How much of a methodology is written in each language besides English, and which texts are not:
 * a text counts once it has a non-blank translation (English stays the fallback where one is
 * missing, so a missing text is shown in English to readers of that language).
 */
export function translationCompleteness(m: Methodology): LanguageCompleteness[] {
  const texts = allTexts(m).filter((text) => text.value.en.trim() !== '');
  return LOCALES.filter((l): l is TranslatedLocale => l !== 'en').map((locale) => {
    const missing = texts
      .filter((text) => !text.value[locale]?.trim())
      .map(({ path, owner, field, option, value }): MissingText => ({
        path: `${path}.${locale}`,
        owner,
        field,
        ...(option === undefined ? {} : { option }),
        english: value.en,
      }));
    const translated = texts.length - missing.length;
    const percent = texts.length === 0 ? 100 : Math.floor((100 * translated) / texts.length);
    return { locale, total: texts.length, translated, percent, missing };
  });
}
