import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { GCI_2020_DEMO } from '../../../fixtures/methodology-gci-2020.ts';
import { GCI_2024_DEMO } from '../../../fixtures/methodology-gci-2024.ts';
import { QuestionSpecSchema } from '../question-types/spec.ts';
import { questionCommonFields } from '../schemas/question-parts.ts';
import type { Methodology, ShowIf } from '../schemas/methodology.ts';
import { GCI_2024_TIERS } from '../schemas/tiers.ts';
import { DEFAULT_STABILITY_SETTINGS } from '../schemas/methodology.ts';
import { COMMON_SPEC_COLUMNS, TYPE_COLUMNS } from './question-columns.ts';
import { methodologyToSheets } from './to-sheets.ts';
import { sheetsToMethodology } from './sheets-to-methodology.ts';
import { formatShowIf, parseShowIf } from './show-if.ts';
import { OPTIONAL_VERSION_FIELDS, type Cell, type SheetError, type SheetName, type SheetTable } from './sheet-model.ts';

/** Every question type, every optional field present somewhere and absent elsewhere, each kind of skip condition. */
const EVERY_FIELD: Methodology = {
  key: 'every-field',
  name: { en: 'Every field', fr: 'Chaque champ', ar: 'كل الحقول' },
  edition: 2027,
  pillarMax: 25,
  aggregation: 'geometric',
  missingPolicy: 'exclude',
  peerAreas: { group: 'region_tier', margin: 1.5, includeSelf: false },
  minCoverage: 0.4,
  stability: { vary: 'all', distribution: { kind: 'dirichlet', concentration: 250 }, draws: 1500, seed: 9 },
  thresholds: GCI_2024_TIERS,
  pillars: [
    {
      kind: 'pillar',
      key: 'p',
      order: 1,
      weight: 0.1 + 0.2,
      aggregation: 'arithmetic',
      texts: {
        title: { en: 'P', zh: '支柱' },
        description: { en: '  spaced  ' },
        help: { en: 'h', ru: 'помощь' },
        criteria: { en: 'c' },
        evidence: { en: 'e', es: 'e' },
      },
      children: [
        {
          kind: 'indicator',
          key: 'p.i',
          order: 3,
          weight: 2,
          texts: { title: { en: 'I' } },
          children: [
            {
              kind: 'sub_indicator',
              key: 'p.i.s',
              order: 1,
              weight: 1,
              texts: { title: { en: 'S' } },
              children: [{ kind: 'question', key: 'q.yes', order: 1, weight: 1, texts: { title: { en: 'Yes?' } }, question: { type: 'yes_no' } }],
            },
            {
              kind: 'question',
              key: 'q.status',
              order: 2,
              weight: 1.5,
              texts: { title: { en: 'Status' } },
              question: {
                type: 'status',
                partialCredit: 0.25,
                required: false,
                evidence: 'required',
                showIf: { op: 'equals', question: 'q.yes', value: true },
              },
            },
          ],
        },
        {
          kind: 'question',
          key: 'q.single',
          order: 4,
          weight: 1,
          texts: { title: { en: 'One' } },
          question: {
            type: 'single_choice',
            maxPoints: 3,
            options: [
              { key: 'a', points: 0, label: { en: 'A', fr: 'A (fr)' } },
              { key: 'b', points: 3, label: { en: '=B' } },
            ],
            showIf: { op: 'in', question: 'q.status', values: ['in_place', 'partial'] },
          },
        },
        {
          kind: 'question',
          key: 'q.multi',
          order: 5,
          weight: 1,
          texts: { title: { en: 'Many' } },
          question: {
            type: 'multi_choice',
            maxPoints: 2,
            required: true,
            evidence: 'none',
            options: [{ key: 'x', points: 1, label: { en: 'X' } }],
            showIf: { op: 'answered', question: 'q.single' },
          },
        },
        {
          kind: 'question',
          key: 'q.number',
          order: 6,
          weight: 1,
          texts: { title: { en: 'How many?' } },
          question: { type: 'number', goalposts: { lower: 10, upper: -2.5 }, min: -100, integer: true },
        },
        {
          kind: 'question',
          key: 'q.number2',
          order: 7,
          weight: 0,
          texts: { title: { en: 'Other' } },
          question: { type: 'number', goalposts: { lower: 0, upper: 1e-7 }, showIf: { op: 'equals', question: 'q.number', value: 3 } },
        },
        {
          kind: 'question',
          key: 'q.text',
          order: 8,
          weight: 1,
          texts: { title: { en: 'Say' } },
          question: { type: 'text', maxLength: 12, showIf: { op: 'equals', question: 'q.multi', value: null } },
        },
        { kind: 'question', key: 'q.text2', order: 9, weight: 1, texts: { title: { en: 'Say more' } }, question: { type: 'text' } },
      ],
    },
  ],
} as Methodology;

const canonical = (value: unknown) => canonicalize(value);

function setCell(tables: SheetTable[], sheet: SheetName, row: number, column: string, value: Cell): SheetTable[] {
  return tables.map((t) => {
    if (t.name !== sheet) return t;
    const at = t.header.indexOf(column);
    const rows = t.rows.map((r) => [...r]);
    while (rows.length < row - 1) rows.push([]);
    rows[row - 2]![at] = value;
    return { ...t, rows };
  });
}
const rowOfKey = (tables: SheetTable[], key: string) => 2 + tables[0]!.rows.findIndex((r) => r[2] === key);
const errorsOf = (tables: SheetTable[]): SheetError[] => {
  const result = sheetsToMethodology(tables);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe(sheetsToMethodology.name, () => {
  it.each([
    ['GCI 2020 demo', GCI_2020_DEMO],
    ['GCI 2024 demo', GCI_2024_DEMO],
    ['every field', EVERY_FIELD],
  ])('reads back exactly what %s wrote', (_name, methodology) => {
    const result = sheetsToMethodology(methodologyToSheets(methodology));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(canonical(result.methodology)).toBe(canonical(methodology));
  });

  it('has a column for every field of every question type', () => {
    for (const schema of QuestionSpecSchema.options) {
      const type = schema.shape.type.value;
      const handled = new Set(['type', 'options', ...Object.keys(questionCommonFields), ...TYPE_COLUMNS[type].columns.map((c) => c.field.split('.')[0])]);
      expect(
        Object.keys(schema.shape).filter((f) => !handled.has(f)),
        type,
      ).toEqual([]);
      expect('options' in schema.shape, type).toBe(TYPE_COLUMNS[type].options);
    }
    expect(Object.keys(COMMON_SPEC_COLUMNS).sort()).toEqual(Object.keys(questionCommonFields).sort());
  });

  it('writes one row per node and per option, with paths of keys', () => {
    const [nodes, version, tiers] = methodologyToSheets(EVERY_FIELD);
    expect(nodes!.rows.map((r) => r[0])).toEqual([
      'p',
      'p/p.i',
      'p/p.i/p.i.s',
      'p/p.i/p.i.s/q.yes',
      'p/p.i/q.status',
      'p/q.single',
      'p/q.single/a',
      'p/q.single/b',
      'p/q.multi',
      'p/q.multi/x',
      'p/q.number',
      'p/q.number2',
      'p/q.text',
      'p/q.text2',
    ]);
    expect(version!.rows[0]).toEqual(['key', 'every-field']);
    expect(tiers!.rows).toHaveLength(5);
  });

  it('reads a sheet without the optional settings (written before they existed), and fills in the rule of strengths from any one of its cells', () => {
    const optional = new Set(OPTIONAL_VERSION_FIELDS as readonly string[]);
    const without = (tables: SheetTable[], keep: string[] = []) =>
      tables.map((t) => (t.name === 'version' ? { ...t, rows: t.rows.filter((r) => !optional.has(String(r[0])) || keep.includes(String(r[0]))) } : t));
    const old = sheetsToMethodology(without(methodologyToSheets(EVERY_FIELD)));
    expect(old.ok && old.methodology.peerAreas).toBeUndefined();
    const marginOnly = sheetsToMethodology(without(methodologyToSheets(EVERY_FIELD), ['peer_margin']));
    expect(marginOnly.ok && marginOnly.methodology.peerAreas).toEqual({ group: 'tier', margin: 1.5, includeSelf: true });
    expect(old.ok && old.methodology.minCoverage).toBeUndefined();
    expect(old.ok && old.methodology.stability).toBeUndefined();
    // the stability settings from any of their cells: the defaults fill in the rest, a kind brings its own parameter
    const kindOnly = sheetsToMethodology(without(methodologyToSheets(EVERY_FIELD), ['stability_distribution']));
    expect(kindOnly.ok && kindOnly.methodology.stability).toEqual({ ...DEFAULT_STABILITY_SETTINGS, distribution: { kind: 'dirichlet', concentration: 100 } });
    const drawsOnly = sheetsToMethodology(without(methodologyToSheets(EVERY_FIELD), ['stability_draws']));
    expect(drawsOnly.ok && drawsOnly.methodology.stability).toEqual({ ...DEFAULT_STABILITY_SETTINGS, draws: 1500 });
  });

  it('keeps the minimum coverage, the stability settings and the rule of strengths through a round trip, and points at a bad one', () => {
    for (const stability of [
      { vary: 'pillars' as const, distribution: { kind: 'normal' as const, sd: 0.2 }, draws: 4000, seed: 0 },
      { vary: 'all' as const, distribution: { kind: 'uniform' as const, spread: 1 }, draws: 100, seed: 4_294_967_295 },
    ]) {
      const m = { ...EVERY_FIELD, minCoverage: 0, stability };
      const back = sheetsToMethodology(methodologyToSheets(m));
      expect(back.ok && { minCoverage: back.methodology.minCoverage, stability: back.methodology.stability, peerAreas: back.methodology.peerAreas }).toEqual({
        minCoverage: 0,
        stability,
        peerAreas: EVERY_FIELD.peerAreas,
      });
    }
    const tables = methodologyToSheets(EVERY_FIELD);
    const versionRow = (field: string) => tables.find((t) => t.name === 'version')!.rows.findIndex((r) => r[0] === field) + 2;
    const bad = sheetsToMethodology(
      tables.map((t) =>
        t.name === 'version'
          ? { ...t, rows: t.rows.map((r) => (r[0] === 'min_coverage' ? [r[0], 1.5] : r[0] === 'stability_parameter' ? [r[0], 0.5] : r)) }
          : t,
      ),
    );
    expect(bad.ok).toBe(false);
    const places = !bad.ok ? bad.errors.map((e) => [e.sheet, e.row, e.column]) : [];
    expect(places).toContainEqual(['version', versionRow('min_coverage'), 'value']);
    expect(places).toContainEqual(['version', versionRow('stability_parameter'), 'value']);
  });

  it('reads a number typed as text, and TRUE/FALSE written as words', () => {
    let tables = methodologyToSheets(EVERY_FIELD);
    tables = setCell(tables, 'nodes', 2, 'weight', ' 0.5 ');
    tables = setCell(tables, 'nodes', rowOfKey(tables, 'q.status'), 'required', 'no');
    const result = sheetsToMethodology(tables);
    expect(result.ok && result.methodology.pillars[0]!.weight).toBe(0.5);
  });

  const base = () => methodologyToSheets(GCI_2024_DEMO);
  const firstQuestion = (tables: SheetTable[]) => 2 + tables[0]!.rows.findIndex((r) => r[1] === 'question');
  const lastQuestion = (tables: SheetTable[]) => 2 + tables[0]!.rows.findLastIndex((r) => r[1] === 'question');
  const duplicateKeyElsewhere = (t: SheetTable[]) => {
    const row = lastQuestion(t);
    const key = String(t[0]!.rows[firstQuestion(t) - 2]![2]);
    const parent = String(t[0]!.rows[row - 2]![0])
      .split('/')
      .slice(0, -1)
      .join('/');
    return setCell(setCell(t, 'nodes', row, 'key', key), 'nodes', row, 'path', `${parent}/${key}`);
  };
  /** the question after the first one takes the first one's key (its path follows) */
  const duplicateKey = (t: SheetTable[]) => {
    const row = firstQuestion(t) + 1;
    const key = String(t[0]!.rows[row - 3]![2]);
    const parent = String(t[0]!.rows[row - 2]![0])
      .split('/')
      .slice(0, -1)
      .join('/');
    return setCell(setCell(t, 'nodes', row, 'key', key), 'nodes', row, 'path', `${parent}/${key}`);
  };

  it.each<[string, (t: SheetTable[]) => SheetTable[], (t: SheetTable[]) => Partial<SheetError>]>([
    ['a weight that is not a number', (t) => setCell(t, 'nodes', 3, 'weight', 'heavy'), () => ({ sheet: 'nodes', row: 3, column: 'weight' })],
    ['a negative weight', (t) => setCell(t, 'nodes', 3, 'weight', -1), () => ({ sheet: 'nodes', row: 3, column: 'weight' })],
    ['a missing weight', (t) => setCell(t, 'nodes', 4, 'weight', null), () => ({ sheet: 'nodes', row: 4, column: 'weight', message: 'required' })],
    ['an order that is not whole', (t) => setCell(t, 'nodes', 2, 'order', 1.5), () => ({ sheet: 'nodes', row: 2, column: 'order' })],
    ['an unknown question type', (t) => setCell(t, 'nodes', firstQuestion(t), 'type', 'essay'), (t) => ({ row: firstQuestion(t), column: 'type' })],
    ['an unknown kind', (t) => setCell(t, 'nodes', 2, 'kind', 'chapter'), () => ({ row: 2, column: 'kind' })],
    ['a key used twice', duplicateKey, (t) => ({ row: firstQuestion(t) + 1, column: 'key', message: expect.stringContaining('already used') })],
    [
      'a key used twice in different groups',
      duplicateKeyElsewhere,
      (t) => ({ row: lastQuestion(t), column: 'key', message: expect.stringContaining('already used') }),
    ],
    ['a path that does not end with the key', (t) => setCell(t, 'nodes', 3, 'key', 'other'), () => ({ row: 3, column: 'path' })],
    ['a path whose parent is not above', (t) => setCell(t, 'nodes', 3, 'path', 'nowhere/' + String(t[0]!.rows[1]![2])), () => ({ row: 3, column: 'path' })],
    [
      'a path on two rows',
      (t) => setCell(setCell(t, 'nodes', 4, 'path', t[0]!.rows[1]![0]!), 'nodes', 4, 'key', t[0]!.rows[1]![2]!),
      () => ({ row: 4, column: 'key', message: expect.stringContaining('already used on row 3') }),
    ],
    ['a pillar below the top', (t) => setCell(t, 'nodes', 3, 'kind', 'pillar'), () => ({ row: 3, column: 'kind' })],
    [
      'a column of another question type',
      (t) => setCell(t, 'nodes', firstQuestion(t), 'max_length', 10),
      (t) => ({ row: firstQuestion(t), column: 'max_length' }),
    ],
    ['a question field on a group', (t) => setCell(t, 'nodes', 2, 'required', true), () => ({ row: 2, column: 'required' })],
    ['a bad skip condition', (t) => setCell(t, 'nodes', firstQuestion(t), 'show_if', 'legal.x == yes'), (t) => ({ row: firstQuestion(t), column: 'show_if' })],
    [
      'a skip condition on an unknown question',
      (t) => setCell(t, 'nodes', firstQuestion(t), 'show_if', 'no.such answered'),
      (t) => ({ row: firstQuestion(t), column: 'show_if' }),
    ],
    [
      'an evidence rule it does not know',
      (t) => setCell(t, 'nodes', firstQuestion(t), 'evidence_rule', 'maybe'),
      (t) => ({ row: firstQuestion(t), column: 'evidence_rule' }),
    ],
    ['no English title', (t) => setCell(t, 'nodes', 2, 'title_en', null), () => ({ row: 2, column: 'title_en' })],
    [
      'a required boolean written as a word it does not know',
      (t) => setCell(t, 'nodes', firstQuestion(t), 'required', 'perhaps'),
      (t) => ({ row: firstQuestion(t), column: 'required' }),
    ],
    ['tiers out of order', (t) => setCell(t, 'tiers', 3, 'min', 99), () => ({ sheet: 'tiers', row: 3, column: 'min' })],
    ['an edition that is not a year', (t) => setCell(t, 'version', 3, 'value', 'next year'), () => ({ sheet: 'version', row: 3, column: 'value' })],
    ['an unknown version field', (t) => setCell(t, 'version', 2, 'field', 'owner'), () => ({ sheet: 'version', row: 2, column: 'field' })],
  ])('reports %s with its row and column', (_name, edit, expected) => {
    const tables = edit(base());
    const errors = errorsOf(tables);
    expect(errors).toContainEqual(expect.objectContaining(expected(tables)));
    for (const e of errors) expect(e.message).not.toBe('');
  });

  it('reports option rows: points above the maximum, an option under a question without options, too few options', () => {
    let t = methodologyToSheets(EVERY_FIELD);
    t = setCell(t, 'nodes', rowOfKey(t, 'b'), 'points', 4);
    expect(errorsOf(t)).toEqual([expect.objectContaining({ row: rowOfKey(t, 'b'), column: 'points' })]);

    t = methodologyToSheets(EVERY_FIELD);
    t = setCell(setCell(t, 'nodes', rowOfKey(t, 'a'), 'path', 'p/q.number/a'), 'nodes', rowOfKey(t, 'b'), 'path', 'p/q.number/b');
    const errors = errorsOf(t);
    expect(errors).toContainEqual(expect.objectContaining({ row: rowOfKey(t, 'a'), column: 'path' }));
    expect(errors).toContainEqual(expect.objectContaining({ row: rowOfKey(t, 'q.single'), column: 'type', message: expect.stringContaining('option') }));
  });

  it('reports a missing column, an unknown one and a missing sheet in the header row', () => {
    const tables = base();
    const nodes = tables[0]!;
    const withoutWeight = { ...nodes, header: nodes.header.map((h) => (h === 'weight' ? 'wieght' : h)) };
    const errors = errorsOf([withoutWeight, tables[1]!]);
    expect(errors).toContainEqual({ sheet: 'nodes', row: 1, column: 'weight', message: 'the column "weight" is missing' });
    expect(errors).toContainEqual(expect.objectContaining({ sheet: 'nodes', row: 1, column: 'wieght' }));
    expect(errors).toContainEqual(expect.objectContaining({ sheet: 'tiers', row: 1, message: 'the sheet "tiers" is missing' }));
  });

  it('lists every error of a file at once, in sheet and row order', () => {
    let t = base();
    t = setCell(t, 'nodes', 5, 'weight', 'x');
    t = setCell(t, 'nodes', 3, 'order', 'y');
    t = setCell(t, 'tiers', 2, 'key', 'Not A Key');
    const errors = errorsOf(t);
    expect(errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['nodes', 3, 'order'],
      ['nodes', 5, 'weight'],
      ['tiers', 2, 'key'],
    ]);
  });
});

describe(parseShowIf.name, () => {
  it.each([
    { op: 'answered', question: 'a.b' },
    { op: 'equals', question: 'a', value: 'in_place' },
    { op: 'equals', question: 'a', value: false },
    { op: 'equals', question: 'a', value: -0.125 },
    { op: 'equals', question: 'a', value: null },
    { op: 'equals', question: 'a', value: ['x', 'y'] },
    { op: 'in', question: 'a', values: ['x', 3, true, null] },
  ] as ShowIf[])('reads back $op as it was written', (showIf) => {
    expect(parseShowIf(formatShowIf(showIf))).toEqual({ showIf });
  });

  it.each(['a', 'a = ', 'a = yes', 'A answered', 'a in []', 'a in "x"'])('refuses %j', (text) => {
    expect(parseShowIf(text)).toHaveProperty('error');
  });
});
