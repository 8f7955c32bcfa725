import { useTranslation } from 'react-i18next';
import type { Option } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { FieldIssues } from '../common/field-issues.tsx';
import layout from '../common/layout.module.css';
import { fieldId } from '../../lib/tree-path.ts';
import box from './box.module.css';
import { useEditor } from './editor-context.ts';
import { LocalizedField, NumberField, TextField } from './fields.tsx';
import { ItemActions } from './item-actions.tsx';
import styles from './options-editor.module.css';

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
    <fieldset className={box.box} id={fieldId(path)}>
      <legend>{t('workbench.editor.options')}</legend>
      <FieldIssues path={path} issues={issues.get(path)} />
      <ol className={styles.list}>
        {options.map((option, i) => {
          const at = `${path}[${i}]`;
          return (
            <li key={i} className={styles.option} data-option-key={option.key}>
              <div className={layout.formGrid}>
                <TextField path={`${at}.key`} label={t('workbench.editor.key')} value={option.key} />
                <NumberField path={`${at}.points`} label={t('workbench.editor.points')} value={option.points} min={0} />
              </div>
              <LocalizedField path={`${at}.label`} label={t('workbench.editor.optionLabel')} value={option.label} />
              <ItemActions path={at} name={option.label.en || option.key} index={i} count={options.length} />
            </li>
          );
        })}
      </ol>
      <Button size="small" className={styles.add} onClick={add}>
        {t('workbench.editor.addOption')}
      </Button>
    </fieldset>
  );
}
