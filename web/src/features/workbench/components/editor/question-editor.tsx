import { useTranslation } from 'react-i18next';
import { QUESTION_TYPE_NAMES, defaultQuestionSpec, type Methodology, type QuestionSpec, type QuestionType } from '@gci/shared';
import layout from '../common/layout.module.css';
import box from './box.module.css';
import { useEditor } from './editor-context.ts';
import { CheckboxField, SelectField } from './fields.tsx';
import { ShowIfEditor } from './show-if-editor.tsx';
import { SpecFields } from './spec-fields.tsx';

/** How a question is asked and scored: its type with options and points or goalposts, and its skip condition. */
export function QuestionEditor({ path, spec, self, methodology }: { path: string; spec: QuestionSpec; self: string; methodology: Methodology }) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  return (
    <fieldset className={box.box}>
      <legend>{t('workbench.editor.scoring')}</legend>
      <div className={layout.formGrid}>
        <SelectField<QuestionType>
          path={`${path}.type`}
          label={t('workbench.editor.type')}
          value={spec.type}
          options={QUESTION_TYPE_NAMES.map((type) => [type, t(`workbench.questionType.${type}`)] as const)}
          onValue={(type) => dispatch({ type: 'set', path, value: defaultQuestionSpec(type, spec) })}
        />
        <SelectField
          path={`${path}.evidence`}
          label={t('workbench.editor.evidence')}
          value={spec.evidence}
          options={(['none', 'optional', 'required'] as const).map((e) => [e, t(`workbench.evidence.${e}`)] as const)}
        />
        <CheckboxField path={`${path}.required`} label={t('workbench.editor.required')} checked={spec.required} />
      </div>
      <SpecFields path={path} spec={spec} />
      <ShowIfEditor path={`${path}.showIf`} showIf={spec.showIf} self={self} methodology={methodology} />
    </fieldset>
  );
}
