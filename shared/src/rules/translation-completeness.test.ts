import { describe, expect, it } from 'vitest';
import type { Methodology } from '../schemas/methodology.ts';
import { translationCompleteness } from './translation-completeness.ts';

// A methodology of one pillar holding one question with two options: 8 texts written in English
// (name, one tier name, the pillar's title and description, the question's title and help, two option labels).
const methodology: Methodology = {
  key: 'toy',
  name: { en: 'Toy', fr: 'Jouet', ar: 'لعبة' },
  edition: 2024,
  pillarMax: 20,
  aggregation: 'arithmetic',
  missingPolicy: 'zero',
  thresholds: [{ tier: 1, key: 'all', name: { en: 'Everyone', fr: 'Tous' }, min: 0 }],
  pillars: [
    {
      kind: 'pillar',
      key: 'legal',
      order: 1,
      weight: 1,
      texts: { title: { en: 'Legal measures', fr: 'Mesures juridiques', ar: 'التدابير القانونية' }, description: { en: 'Laws.', fr: '  ' } },
      children: [
        {
          kind: 'question',
          key: 'legal.law',
          order: 1,
          weight: 1,
          texts: { title: { en: 'A law', fr: 'Une loi' }, help: { en: 'Is there a law?', fr: 'Existe-t-il une loi ?' } },
          question: {
            type: 'single_choice',
            required: true,
            evidence: 'none',
            maxPoints: 1,
            options: [
              { key: 'yes', points: 1, label: { en: 'Yes', fr: 'Oui' } },
              { key: 'no', points: 0, label: { en: 'No' } },
            ],
          },
        },
      ],
    },
  ],
};

describe('translationCompleteness', () => {
  const byLocale = new Map(translationCompleteness(methodology).map((c) => [c.locale, c]));

  it('reports the five languages besides English, each out of every text written in English', () => {
    expect([...byLocale.keys()]).toEqual(['fr', 'es', 'ar', 'zh', 'ru']);
    for (const c of byLocale.values()) expect(c.total).toBe(8);
  });

  it('counts a blank translation as missing, and names each missing text by node, field and editor path', () => {
    const fr = byLocale.get('fr')!;
    // written: name, tier name, pillar title, question title, help, option "yes"; blank: description; absent: option "no"
    expect(fr).toMatchObject({ translated: 6, percent: 75 });
    expect(fr.missing).toEqual([
      { path: 'pillars[0].texts.description.fr', owner: 'legal', field: 'description', english: 'Laws.' },
      { path: 'pillars[0].children[0].question.options[1].label.fr', owner: 'legal.law', field: 'option_label', option: 'no', english: 'No' },
    ]);
  });

  it('rounds down, so that only a complete language shows 100 %', () => {
    // Arabic: name and pillar title, 2 of 8
    expect(byLocale.get('ar')).toMatchObject({ translated: 2, percent: 25 });
    expect(byLocale.get('zh')).toMatchObject({ translated: 0, percent: 0 });
    expect(byLocale.get('zh')!.missing.map((m) => m.path)).toEqual([
      'name.zh',
      'thresholds[0].name.zh',
      'pillars[0].texts.title.zh',
      'pillars[0].texts.description.zh',
      'pillars[0].children[0].texts.title.zh',
      'pillars[0].children[0].texts.help.zh',
      'pillars[0].children[0].question.options[0].label.zh',
      'pillars[0].children[0].question.options[1].label.zh',
    ]);
    const complete = translationCompleteness({
      ...methodology,
      name: { en: 'Toy', fr: 'Jouet' },
      thresholds: [],
      pillars: [{ ...methodology.pillars[0]!, texts: { title: { en: 'Legal', fr: 'Juridique' } }, children: [] }],
    });
    expect(complete.find((c) => c.locale === 'fr')).toMatchObject({ total: 2, translated: 2, percent: 100, missing: [] });
    // 199 of 200 is not 100 %
    const many = { en: 'x', fr: 'x' };
    const nearly = translationCompleteness({
      ...methodology,
      thresholds: Array.from({ length: 198 }, (_, i) => ({ tier: 1, key: `t${i}`, name: many, min: 0 })),
      name: { en: 'Toy' },
      pillars: [{ ...methodology.pillars[0]!, texts: { title: many }, children: [] }],
    });
    expect(nearly.find((c) => c.locale === 'fr')).toMatchObject({ total: 200, translated: 199, percent: 99 });
  });
});
