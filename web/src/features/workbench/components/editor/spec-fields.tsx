import { useTranslation } from 'react-i18next';
import type { QuestionSpec } from '@gci/shared';
import { FieldIssues } from '../common/field-issues.tsx';
import layout from '../common/layout.module.css';
import box from './box.module.css';
import { fieldId } from '../../lib/tree-path.ts';
import { useEditor } from './editor-context.ts';
import { CheckboxField, NumberField } from './fields.tsx';
import { OptionsEditor } from './options-editor.tsx';

/** The fields of a spec that depend on its type (a new type does not compile until it has a case here). */
export function SpecFields({ path, spec }: { path: string; spec: QuestionSpec }) {
  const { t } = useTranslation();
  const { issues } = useEditor();
  switch (spec.type) {
    case 'yes_no':
      return null;
    case 'status':
      return <NumberField path={`${path}.partialCredit`} label={t('workbench.editor.partialCredit')} value={spec.partialCredit} min={0} max={1} />;
    case 'single_choice':
    case 'multi_choice':
      return (
        <>
          <NumberField path={`${path}.maxPoints`} label={t('workbench.editor.maxPoints')} value={spec.maxPoints} min={0} />
          <OptionsEditor path={`${path}.options`} options={spec.options} />
        </>
      );
    case 'number':
      return (
        <>
          <div className={layout.formGrid} id={fieldId(`${path}.goalposts`)}>
            <NumberField path={`${path}.goalposts.lower`} label={t('workbench.editor.goalLower')} value={spec.goalposts.lower} />
            <NumberField path={`${path}.goalposts.upper`} label={t('workbench.editor.goalUpper')} value={spec.goalposts.upper} />
            <NumberField path={`${path}.min`} label={t('workbench.editor.min')} value={spec.min} optional />
            <NumberField path={`${path}.max`} label={t('workbench.editor.max')} value={spec.max} optional />
          </div>
          <FieldIssues path={`${path}.goalposts`} issues={issues.get(`${path}.goalposts`)} />
          <p className={box.hint}>{t('workbench.editor.goalHint')}</p>
          <CheckboxField path={`${path}.integer`} label={t('workbench.editor.integer')} checked={spec.integer} />
        </>
      );
    case 'text':
      return <NumberField path={`${path}.maxLength`} label={t('workbench.editor.maxLength')} value={spec.maxLength} min={1} step={1} />;
    default:
      return spec satisfies never;
  }
}
