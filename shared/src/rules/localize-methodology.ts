import type { Locale, LocalizedString } from '../schemas/locale.ts';
import type { MethodologyNode, Methodology, NodeTexts } from '../schemas/methodology.ts';

const pick = (text: LocalizedString, locale: Locale): LocalizedString =>
  locale === 'en' || text[locale] === undefined ? { en: text.en } : { en: text.en, [locale]: text[locale] };

const pickTexts = (texts: NodeTexts, locale: Locale): NodeTexts =>
  Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v ? pick(v, locale) : v])) as NodeTexts;

function pickNode(node: MethodologyNode, locale: Locale): MethodologyNode {
  if (node.kind === 'question') {
    const q = node.question;
    const question = 'options' in q ? { ...q, options: q.options.map((o) => ({ ...o, label: pick(o.label, locale) })) } : q;
    return { ...node, texts: pickTexts(node.texts, locale), question };
  }
  return { ...node, texts: pickTexts(node.texts, locale), children: node.children.map((c) => pickNode(c, locale)) };
}

/** The methodology with every text reduced to English plus the requested language (the fallback stays). */
export function methodologyForLocale(methodology: Methodology, locale: Locale): Methodology {
  return {
    ...methodology,
    name: pick(methodology.name, locale),
    thresholds: methodology.thresholds.map((t) => ({ ...t, name: pick(t.name, locale) })),
    pillars: methodology.pillars.map((p) => pickNode(p, locale) as Methodology['pillars'][number]),
  };
}
