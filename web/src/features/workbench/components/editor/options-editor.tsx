import { useTranslation } from 'react-i18next';
import type { Option } from '@gci/shared';
import { FieldIssues } from '../common/field-issues.tsx';
import { fieldId } from '../../lib/tree-path.ts';
import { useEditor } from './editor-context.ts';
import { LocalizedField, NumberField, TextField } from './fields.tsx';

/** The options of a choice question: key, points and label, in order. */
export function OptionsEditor({ path, options }: { path: string; options: readonly Option[] }) {
  const { t } = useTranslation();
  const { dispatch, issues } = useEditor();
  const add = () => {
    const used = new Set(options.map((o) => o.key));
    let n = options.length + 1;
    while (used.has(`option-${n}`)) n++;
    dispatch({ type: 'append', path, item: { key: `option-${n}`, points: 0, label: { en: `Option ${n}` } } });
  };
  return (
    <fieldset className="options-editor" id={fieldId(path)}>
      <legend>{t('workbench.editor.options')}</legend>
      <FieldIssues path={path} issues={issues.get(path)} />
      <ol>
        {options.map((option, i) => {
          const at = `${path}[${i}]`;
          const name = option.label.en || option.key;
          return (
            <li key={i} className="options-editor__option" data-option-key={option.key}>
              <div className="form-grid">
                <TextField path={`${at}.key`} label={t('workbench.editor.key')} value={option.key} />
                <NumberField path={`${at}.points`} label={t('workbench.editor.points')} value={option.points} min={0} />
              </div>
              <LocalizedField path={`${at}.label`} label={t('workbench.editor.optionLabel')} value={option.label} />
              <div className="row-actions">
                <button type="button" className="button button--small" disabled={i === 0} onClick={() => dispatch({ type: 'move', path: at, delta: -1 })} aria-label={t('workbench.editor.moveUpNamed', { name })}>
                  {t('workbench.editor.moveUp')}
                </button>
                <button type="button" className="button button--small" disabled={i === options.length - 1} onClick={() => dispatch({ type: 'move', path: at, delta: 1 })} aria-label={t('workbench.editor.moveDownNamed', { name })}>
                  {t('workbench.editor.moveDown')}
                </button>
                <button type="button" className="button button--small button--danger" onClick={() => dispatch({ type: 'remove', path: at })} aria-label={t('workbench.editor.removeNamed', { name })}>
                  {t('workbench.editor.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" onClick={add}>
        {t('workbench.editor.addOption')}
      </button>
    </fieldset>
  );
}
