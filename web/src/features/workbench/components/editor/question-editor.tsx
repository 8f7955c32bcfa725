import { useTranslation } from 'react-i18next';
import type { Methodology, QuestionSpec, QuestionType } from '@gci/shared';
import { defaultSpec } from '../../lib/node-factory.ts';
import { FieldIssues } from '../common/field-issues.tsx';
import layout from '../common/layout.module.css';
import { fieldId } from '../../lib/tree-path.ts';
import box from './box.module.css';
import { useEditor } from './editor-context.ts';
import { CheckboxField, NumberField, SelectField } from './fields.tsx';
import { OptionsEditor } from './options-editor.tsx';
import { ShowIfEditor } from './show-if-editor.tsx';

const TYPES: readonly QuestionType[] = ['yes_no', 'status', 'single_choice', 'multi_choice', 'number', 'text'];

/** How a question is asked and scored: its type with options and points or goalposts, and its skip condition. */
export function QuestionEditor({ path, spec, self, methodology }: { path: string; spec: QuestionSpec; self: string; methodology: Methodology }) {
  const { t } = useTranslation();
  const { dispatch, issues } = useEditor();
  return (
    <fieldset className={box.box}>
      <legend>{t('workbench.editor.scoring')}</legend>
      <div className={layout.formGrid}>
        <SelectField<QuestionType>
          path={`${path}.type`}
          label={t('workbench.editor.type')}
          value={spec.type}
          options={TYPES.map((type) => [type, t(`workbench.questionType.${type}`)] as const)}
          onValue={(type) => dispatch({ type: 'set', path, value: defaultSpec(type, spec) })}
        />
        <SelectField
          path={`${path}.evidence`}
          label={t('workbench.editor.evidence')}
          value={spec.evidence}
          options={(['none', 'optional', 'required'] as const).map((e) => [e, t(`workbench.evidence.${e}`)] as const)}
        />
        <CheckboxField path={`${path}.required`} label={t('workbench.editor.required')} checked={spec.required} />
      </div>
      {spec.type === 'status' && <NumberField path={`${path}.partialCredit`} label={t('workbench.editor.partialCredit')} value={spec.partialCredit} min={0} max={1} />}
      {(spec.type === 'single_choice' || spec.type === 'multi_choice') && (
        <>
          <NumberField path={`${path}.maxPoints`} label={t('workbench.editor.maxPoints')} value={spec.maxPoints} min={0} />
          <OptionsEditor path={`${path}.options`} options={spec.options} />
        </>
      )}
      {spec.type === 'number' && (
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
      )}
      {spec.type === 'text' && <NumberField path={`${path}.maxLength`} label={t('workbench.editor.maxLength')} value={spec.maxLength} min={1} step={1} />}
      <ShowIfEditor path={`${path}.showIf`} showIf={spec.showIf} self={self} methodology={methodology} />
    </fieldset>
  );
}
