import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRtl, type LocalizedString } from '@gci/shared';
import { FieldIssues, issueProps } from '../common/field-issues.tsx';
import { fieldId } from '../../lib/tree-path.ts';
import { useLocale } from '../../../../i18n/use-locale.ts';
import { useEditor } from './editor-context.ts';

/** Every field of the editor is named by its path; its issues (from the shared checks) show under it. */
interface Base {
  path: string;
  label: ReactNode;
  className?: string;
}

export function TextField({ path, label, value, multiline = false, lang, className, onValue }: Base & { value: string; multiline?: boolean; lang?: string; onValue?: (v: string) => void }) {
  const { dispatch, issues } = useEditor();
  const id = fieldId(path);
  const own = issues.get(path);
  const set = onValue ?? ((v: string) => dispatch({ type: 'set', path, value: v }));
  const dir = lang ? (isRtl(lang as never) ? 'rtl' : 'ltr') : undefined;
  const props = { id, value, lang, dir, onChange: (e: { currentTarget: { value: string } }) => set(e.currentTarget.value), ...issueProps(path, own) };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
      <FieldIssues path={path} issues={own} />
    </div>
  );
}

/**
 * A number, kept as typed while it is being typed ("1." or "-"): the tree gets the number once it
 * parses. An optional field left empty removes the value; a required one empty becomes NaN, which
 * the shared schema reports beside the field.
 */
export function NumberField({ path, label, value, optional = false, min, max, step = 'any', className }: Base & { value: number | undefined; optional?: boolean; min?: number; max?: number; step?: number | 'any' }) {
  const { dispatch, issues } = useEditor();
  const shownText = value === undefined || Number.isNaN(value) ? '' : String(value);
  const [draft, setDraft] = useState(shownText);
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    if (!(draft.trim() !== '' && Number(draft) === value)) setDraft(shownText);
  }
  const id = fieldId(path);
  const own = issues.get(path);
  return (
    <div className={`field field--number ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={draft}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const parsed = text.trim() === '' ? (optional ? undefined : NaN) : Number(text);
          dispatch({ type: 'set', path, value: parsed });
        }}
        {...issueProps(path, own)}
      />
      <FieldIssues path={path} issues={own} />
    </div>
  );
}

export function SelectField<V extends string>({ path, label, value, options, onValue, className }: Base & { value: V; options: readonly (readonly [V, string])[]; onValue?: (v: V) => void }) {
  const { dispatch, issues } = useEditor();
  const id = fieldId(path);
  const own = issues.get(path);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => (onValue ? onValue(e.currentTarget.value as V) : dispatch({ type: 'set', path, value: e.currentTarget.value }))} {...issueProps(path, own)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <FieldIssues path={path} issues={own} />
    </div>
  );
}

export function CheckboxField({ path, label, checked }: Base & { checked: boolean }) {
  const { dispatch } = useEditor();
  const id = fieldId(path);
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => dispatch({ type: 'set', path, value: e.currentTarget.checked })} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A text in English and in the chosen second language, side by side. */
export function LocalizedField({ path, label, value, multiline = false, optional = false }: Base & { value: LocalizedString | undefined; multiline?: boolean; optional?: boolean }) {
  const { t } = useTranslation();
  const { dispatch, lang } = useEditor();
  const languageName = useLanguageName();
  const setEn = (v: string) => {
    const others = Object.entries(value ?? {}).filter(([l, text]) => l !== 'en' && text);
    dispatch(optional && v === '' && others.length === 0 ? { type: 'set', path, value: undefined } : { type: 'set', path: `${path}.en`, value: v });
  };
  const setOther = (v: string) => {
    if (v !== '') return dispatch({ type: 'set', path: `${path}.${lang}`, value: v });
    const rest = Object.entries(value ?? {}).filter(([l, text]) => l !== lang && text);
    dispatch(optional && rest.length === 0 ? { type: 'set', path, value: undefined } : { type: 'set', path: `${path}.${lang}`, value: undefined });
  };
  return (
    <fieldset className="localized-field">
      <legend>{label}</legend>
      <TextField path={`${path}.en`} label={t('workbench.editor.inLanguage', { language: languageName('en') })} value={value?.en ?? ''} multiline={multiline} lang="en" onValue={setEn} />
      <TextField path={`${path}.${lang}`} label={t('workbench.editor.inLanguage', { language: languageName(lang) })} value={value?.[lang] ?? ''} multiline={multiline} lang={lang} onValue={setOther} />
    </fieldset>
  );
}

/** Language names in the reader's language ("French", "français", …). */
export function useLanguageName(): (code: string) => string {
  const locale = useLocale();
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return (code) => names.of(code) ?? code;
}
