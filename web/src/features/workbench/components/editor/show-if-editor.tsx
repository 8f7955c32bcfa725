import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { answerChoices, localize, questionsByKey, type AnswerValue, type Locale, type Methodology, type QuestionSpec, type ShowIf } from '@gci/shared';
import { parseNumber } from '../../../../components/number-input/parse-number.ts';
import { formatAnswer } from '../../../../lib/format-answer.ts';
import { FieldIssues, issueProps } from '../common/field-issues.tsx';
import layout from '../common/layout.module.css';
import { fieldId } from '../../lib/tree-path.ts';
import { useLocale } from '../../../../i18n/use-locale.ts';
import box from './box.module.css';
import { useEditor } from './editor-context.ts';
import { SelectField } from './fields.tsx';

type Op = ShowIf['op'] | 'none';

/** The answers a condition can compare with, as [stored value, label]; null when any typed value goes. */
function choicesOf(spec: QuestionSpec | undefined, locale: Locale, t: TFunction): [AnswerValue, string][] | null {
  if (!spec) return null;
  const choices = answerChoices(spec);
  return choices && choices.map((c) => [c.value, c.label ? `${localize(c.label, locale)} (${c.key})` : formatAnswer(spec, c.value, locale, t)]);
}

const encode = (v: AnswerValue) => JSON.stringify(v);
const decode = (s: string): AnswerValue => JSON.parse(s) as AnswerValue;

/** The skip condition of a question: shown only while another question's answer matches. */
export function ShowIfEditor({ path, showIf, self, methodology }: { path: string; showIf: ShowIf | undefined; self: string; methodology: Methodology }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { dispatch, issues, questions } = useEditor();
  const op: Op = showIf?.op ?? 'none';
  const others = questions.filter((q) => q.key !== self);
  const target = showIf ? questionsByKey(methodology).get(showIf.question)?.node.question : undefined;
  const choices = choicesOf(target, locale, t);
  const setOp = (next: Op) => {
    if (next === 'none') return dispatch({ type: 'set', path, value: undefined });
    const question = showIf?.question ?? others[0]?.key ?? '';
    const first = choicesOf(questionsByKey(methodology).get(question)?.node.question, locale, t)?.[0]?.[0] ?? true;
    const value: ShowIf =
      next === 'answered' ? { op: next, question } : next === 'equals' ? { op: next, question, value: first } : { op: next, question, values: [first] };
    dispatch({ type: 'set', path, value });
  };
  const valueInput = () => {
    if (!showIf || showIf.op === 'answered') return null;
    if (showIf.op === 'equals') {
      const at = `${path}.value`;
      const own = issues.get(at);
      return (
        <div className="field">
          <label htmlFor={fieldId(at)}>{t('workbench.editor.showIfValue')}</label>
          {choices ? (
            <select
              id={fieldId(at)}
              value={encode(showIf.value)}
              onChange={(e) => dispatch({ type: 'set', path: at, value: decode(e.currentTarget.value) })}
              {...issueProps(at, own)}
            >
              {!choices.some(([v]) => encode(v) === encode(showIf.value)) && <option value={encode(showIf.value)}>{String(showIf.value)}</option>}
              {choices.map(([v, label]) => (
                <option key={encode(v)} value={encode(v)}>
                  {label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={fieldId(at)}
              value={showIf.value === null ? '' : String(showIf.value)}
              onChange={(e) =>
                dispatch({
                  type: 'set',
                  path: at,
                  value: target?.type === 'number' ? (parseNumber(e.currentTarget.value) ?? e.currentTarget.value) : e.currentTarget.value,
                })
              }
              {...issueProps(at, own)}
            />
          )}
          <FieldIssues path={at} issues={own} />
        </div>
      );
    }
    const at = `${path}.values`;
    const chosen = new Set(showIf.values.map(encode));
    const listIssues = showIf.values.flatMap((_, i) => issues.get(`${at}[${i}]`) ?? []);
    return (
      <fieldset className="field choices-inline" id={fieldId(at)}>
        <legend>{t('workbench.editor.showIfValues')}</legend>
        {(choices ?? showIf.values.map((v) => [v, String(v)] as [AnswerValue, string])).map(([v, label]) => {
          const id = `${fieldId(at)}-${encode(v).replace(/[^a-z0-9]/gi, '_')}`;
          return (
            <span key={encode(v)} className="choice-inline">
              <input
                id={id}
                type="checkbox"
                checked={chosen.has(encode(v))}
                onChange={(e) => {
                  const next = e.currentTarget.checked ? [...showIf.values, v] : showIf.values.filter((x) => encode(x) !== encode(v));
                  dispatch({ type: 'set', path: at, value: next });
                }}
              />
              <label htmlFor={id}>{label}</label>
            </span>
          );
        })}
        <FieldIssues path={at} issues={[...(issues.get(at) ?? []), ...listIssues]} />
      </fieldset>
    );
  };
  return (
    <fieldset className={box.box} id={fieldId(path)}>
      <legend>{t('workbench.editor.showIf')}</legend>
      <FieldIssues path={path} issues={issues.get(path)} />
      <div className={layout.formGrid}>
        <SelectField<Op>
          path={`${path}.op`}
          label={t('workbench.editor.showIfOp')}
          value={op}
          onValue={setOp}
          options={[
            ['none', t('workbench.editor.showIfNone')],
            ['equals', t('workbench.editor.showIfEquals')],
            ['in', t('workbench.editor.showIfIn')],
            ['answered', t('workbench.editor.showIfAnswered')],
          ]}
        />
        {showIf && (
          <SelectField
            path={`${path}.question`}
            label={t('workbench.editor.showIfQuestion')}
            value={showIf.question}
            options={[
              ...(others.some((q) => q.key === showIf.question) ? [] : [[showIf.question, showIf.question] as const]),
              ...others.map((q) => [q.key, `${localize(q.title, locale)} (${q.key})`] as const),
            ]}
          />
        )}
      </div>
      {valueInput()}
    </fieldset>
  );
}
