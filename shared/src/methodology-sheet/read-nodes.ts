import { EVIDENCE_REQUIREMENTS } from '../schemas/question-parts.ts';
import { AGGREGATIONS, NODE_KINDS, type NodeTexts } from '../schemas/methodology.ts';
import { QUESTION_TYPE_NAMES, type QuestionType } from '../question-types/spec.ts';
import type { RowReader } from './cells.ts';
import { setField, TYPE_COLUMNS, TYPE_ONLY_COLUMNS } from './question-columns.ts';
import { readLocalized } from './read-localized.ts';
import { parseShowIf } from './show-if.ts';
import { NODE_COLUMNS, NODE_TEXT_FIELDS, OPTION_KIND, PATH_SEPARATOR, textPrefix } from './sheet-model.ts';

type Json = Record<string, unknown>;
const ROW_KINDS = [...NODE_KINDS, OPTION_KIND] as const;
type RowKind = (typeof ROW_KINDS)[number];

interface Entry {
  row: number;
  kind: RowKind;
  node: Json;
  type?: QuestionType;
  /** where the node sits in the methodology (`pillars[0].children[2]`), as validation issues name it */
  treePath: string;
}

export interface ReadNodes {
  pillars: Json[];
  /** the spreadsheet row of each node and option, by its place in the tree */
  rowOf: Map<string, number>;
}

const GROUP_COLUMNS = ['path', 'kind', 'key', 'order', 'weight', 'aggregation', ...NODE_TEXT_FIELDS.map(textPrefix)];
const QUESTION_COLUMNS = ['path', 'kind', 'key', 'order', 'weight', 'type', 'required', 'evidence_rule', 'show_if', ...NODE_TEXT_FIELDS.map(textPrefix)];
const OPTION_COLUMNS = ['path', 'kind', 'key', 'points', 'title'];
const textColumnPrefix = (column: string) => column.replace(/_(en|fr|es|ar|zh|ru)$/, '');

/** A filled cell in a column this row's kind (or question type) has no use for is an error: its value would be lost. */
function checkUnused(r: RowReader, kind: RowKind, type: QuestionType | undefined): void {
  const allowed = kind === OPTION_KIND ? OPTION_COLUMNS : kind === 'question' ? QUESTION_COLUMNS : GROUP_COLUMNS;
  const typeColumns = type ? TYPE_COLUMNS[type].columns.map((c) => c.column) : [];
  for (const column of NODE_COLUMNS) {
    if (!r.has(column) || allowed.includes(textColumnPrefix(column)) || typeColumns.includes(column)) continue;
    if (kind === 'question' && TYPE_ONLY_COLUMNS.includes(column)) r.error(column, type ? `not used by ${type} questions` : 'not used without a valid type');
    else r.error(column, `not used by ${kind === OPTION_KIND ? 'an option' : `a ${kind}`} row`);
  }
}

function readTexts(r: RowReader): NodeTexts | undefined {
  const texts: Json = {};
  for (const field of NODE_TEXT_FIELDS) {
    const text = readLocalized(r, textPrefix(field), field === 'title');
    if (text) texts[field] = text;
  }
  return texts.title ? (texts as unknown as NodeTexts) : undefined;
}

function readQuestion(r: RowReader): { spec: Json; type?: QuestionType } {
  const type = r.has('type') ? r.oneOf('type', QUESTION_TYPE_NAMES) : (r.error('type', 'a question needs a type'), undefined);
  const spec: Json = { type };
  const required = r.boolean('required');
  if (required !== undefined) spec.required = required;
  const evidence = r.oneOf('evidence_rule', EVIDENCE_REQUIREMENTS);
  if (evidence !== undefined) spec.evidence = evidence;
  const showIf = r.text('show_if');
  if (showIf !== undefined) {
    const parsed = parseShowIf(showIf);
    if ('error' in parsed) r.error('show_if', parsed.error);
    else spec.showIf = parsed.showIf;
  }
  if (!type) return { spec };
  for (const c of TYPE_COLUMNS[type].columns) {
    const value = c.read === 'boolean' ? r.boolean(c.column) : r.number(c.column, { integer: c.read === 'integer' });
    if (value !== undefined) setField(spec, c.field, value);
    else if (c.required && !r.has(c.column)) r.error(c.column, `required for ${type} questions`);
  }
  if (TYPE_COLUMNS[type].options) spec.options = [];
  return { spec, type };
}

/** Where a row goes: under the row its path names without its last key, which must come earlier. */
function findParent(r: RowReader, segments: string[], kind: RowKind, byPath: Map<string, Entry>): Entry | null | undefined {
  if (segments.length === 1) {
    if (kind === OPTION_KIND) r.error('path', 'an option belongs under its question: write the question path, a slash, then the option key');
    return kind === OPTION_KIND ? undefined : null;
  }
  const parentPath = segments.slice(0, -1).join(PATH_SEPARATOR);
  const parent = byPath.get(parentPath);
  if (!parent) r.error('path', `no row above has the path "${parentPath}" (a parent comes before its children)`);
  else if (kind === OPTION_KIND && parent.kind !== 'question') r.error('path', `an option belongs under a question, and "${parentPath}" is a ${parent.kind}`);
  else if (kind === OPTION_KIND && parent.type && !TYPE_COLUMNS[parent.type].options) r.error('kind', `${parent.type} questions have no options`);
  else if (kind !== OPTION_KIND && parent.kind === 'question') r.error('path', `a question holds no nodes, and "${parentPath}" is a question`);
  else if (parent.kind === OPTION_KIND) r.error('path', `"${parentPath}" is an option`);
  else return parent;
  return undefined;
}

/** Reads the nodes sheet into the tree (parents before children, siblings in row order). */
export function readNodes(rows: readonly RowReader[]): ReadNodes {
  const pillars: Json[] = [];
  const rowOf = new Map<string, number>();
  const byPath = new Map<string, Entry>();
  for (const r of rows) {
    const path = r.code('path');
    const key = r.code('key');
    const kind = r.has('kind') ? r.oneOf('kind', ROW_KINDS) : (r.error('kind', `required: one of ${ROW_KINDS.join(', ')}`), undefined);
    if (!key) r.error('key', 'required');
    if (!path) r.error('path', 'required');
    if (!kind || !path) continue;
    const segments = path.split(PATH_SEPARATOR).map((s) => s.trim());
    if (key && segments[segments.length - 1] !== key) r.error('path', `must end with the row's key "${key}"`);
    const earlier = byPath.get(segments.join(PATH_SEPARATOR));
    if (earlier) {
      r.error('key', `"${key ?? ''}" is already used on row ${earlier.row} under the same parent`);
      continue;
    }
    const parent = findParent(r, segments, kind, byPath);
    const question = kind === 'question' ? readQuestion(r) : undefined;
    checkUnused(r, kind, question?.type);
    const entry: Entry = { row: r.row, kind, node: {}, type: question?.type, treePath: '' };
    byPath.set(segments.join(PATH_SEPARATOR), entry);
    if (kind === OPTION_KIND) {
      entry.node = { key, points: r.number('points') ?? (r.has('points') ? undefined : r.error('points', 'required')), label: readLocalized(r, 'title', true) };
    } else {
      entry.node = { kind, key, order: r.number('order', { integer: true }), weight: r.number('weight'), texts: readTexts(r) };
      if (!r.has('order')) r.error('order', 'required');
      if (!r.has('weight')) r.error('weight', 'required');
      if (question) entry.node.question = question.spec;
      else {
        const aggregation = r.oneOf('aggregation', AGGREGATIONS);
        if (aggregation) entry.node.aggregation = aggregation;
        entry.node.children = [];
      }
    }
    if (parent === undefined) continue;
    const siblings =
      parent === null ? pillars : kind === OPTION_KIND ? ((parent.node.question as Json).options as Json[] | undefined) : (parent.node.children as Json[]);
    if (!siblings) continue;
    entry.treePath =
      parent === null ? `pillars[${siblings.length}]` : `${parent.treePath}${kind === OPTION_KIND ? '.question.options' : '.children'}[${siblings.length}]`;
    siblings.push(entry.node);
    rowOf.set(entry.treePath, r.row);
  }
  return { pillars, rowOf };
}
