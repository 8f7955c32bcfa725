import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRtl, type LocalizedString } from '@gci/shared';
import { FormField } from '../../../../components/form-field/index.tsx';
import { classNames } from '../../../../lib/class-names.ts';
import { Choice } from '../common/choice.tsx';
import { issueText } from '../common/field-issues.tsx';
import layout from '../common/layout.module.css';
import { fieldId } from '../../lib/tree-path.ts';
import { useLocale } from '../../../../i18n/use-locale.ts';
import { useEditor } from './editor-context.ts';
import styles from './fields.module.css';

/**
 * Every field of the editor is named by its path: its id comes from the path (so an issue can
 * bring it into view) and its issues (from the shared checks) are its error.
 */
interface Base {
  path: string;
  label: ReactNode;
  className?: string;
  /** a line under the label that says what the value means (NumberField) */
  hint?: ReactNode;
}

export function TextField({
  path,
  label,
  value,
  multiline = false,
  lang,
  className,
  onValue,
}: Base & { value: string; multiline?: boolean; lang?: string; onValue?: (v: string) => void }) {
  const { dispatch, issues } = useEditor();
  const set = onValue ?? ((v: string) => dispatch({ type: 'set', path, value: v }));
  const dir = lang ? (isRtl(lang as never) ? 'rtl' : 'ltr') : undefined;
  return (
    <FormField id={fieldId(path)} label={label} error={issueText(issues.get(path))} className={className}>
      {(control) => {
        const props = { ...control, value, lang, dir, onChange: (e: { currentTarget: { value: string } }) => set(e.currentTarget.value) };
        return multiline ? <textarea rows={2} {...props} /> : <input {...props} />;
      }}
    </FormField>
  );
}

/**
 * A number, kept as typed while it is being typed ("1." or "-"): the tree gets the number once it
 * parses. An optional field left empty removes the value; a required one empty becomes NaN, which
 * the shared schema reports beside the field.
 */
export function NumberField({
  path,
  label,
  value,
  optional = false,
  min,
  max,
  step = 'any',
  className,
  hint,
  onValue,
}: Base & { value: number | undefined; optional?: boolean; min?: number; max?: number; step?: number | 'any'; onValue?: (v: number | undefined) => void }) {
  const { dispatch, issues } = useEditor();
  const shownText = value === undefined || Number.isNaN(value) ? '' : String(value);
  const [draft, setDraft] = useState(shownText);
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    if (!(draft.trim() !== '' && Number(draft) === value)) setDraft(shownText);
  }
  return (
    <FormField id={fieldId(path)} label={label} hint={hint} error={issueText(issues.get(path))} className={classNames(layout.narrow, styles.number, className)}>
      {(control) => (
        <input
          {...control}
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
            if (onValue) onValue(parsed);
            else dispatch({ type: 'set', path, value: parsed });
          }}
        />
      )}
    </FormField>
  );
}

export function SelectField<V extends string>({
  path,
  label,
  value,
  options,
  onValue,
  className,
}: Base & { value: V; options: readonly (readonly [V, string])[]; onValue?: (v: V) => void }) {
  const { dispatch, issues } = useEditor();
  return (
    <FormField id={fieldId(path)} label={label} error={issueText(issues.get(path))} className={className}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => (onValue ? onValue(e.currentTarget.value as V) : dispatch({ type: 'set', path, value: e.currentTarget.value }))}
        >
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A yes/no setting: the box before its label. */
export function CheckboxField({ path, label, checked }: Base & { checked: boolean }) {
  const { dispatch } = useEditor();
  return (
    <Choice
      type="checkbox"
      id={fieldId(path)}
      label={label}
      checked={checked}
      onChange={(e) => dispatch({ type: 'set', path, value: e.currentTarget.checked })}
    />
  );
}

/** A text in English and in the chosen second language, side by side. */
export function LocalizedField({
  path,
  label,
  value,
  multiline = false,
  optional = false,
}: Base & { value: LocalizedString | undefined; multiline?: boolean; optional?: boolean }) {
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
    <fieldset className={styles.localized}>
      <legend>{label}</legend>
      <TextField
        path={`${path}.en`}
        label={t('workbench.editor.inLanguage', { language: languageName('en') })}
        value={value?.en ?? ''}
        multiline={multiline}
        lang="en"
        onValue={setEn}
        className={styles.wide}
      />
      <TextField
        path={`${path}.${lang}`}
        label={t('workbench.editor.inLanguage', { language: languageName(lang) })}
        value={value?.[lang] ?? ''}
        multiline={multiline}
        lang={lang}
        onValue={setOther}
        className={styles.wide}
      />
    </fieldset>
  );
}

/** Language names in the reader's language ("French", "français", …). */
export function useLanguageName(): (code: string) => string {
  const locale = useLocale();
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return (code) => names.of(code) ?? code;
}
