import type { SpecOf } from '@gci/shared';
import type { AnswerInputProps } from './answer-input-props.ts';
import styles from './answer-input.module.css';
import { ChoiceGroup } from './choice-group.tsx';
import { useChoiceOptions } from './choice-options.ts';

/** Yes/no, status and single choice: one radio group; a choice is an answer at once. */
export function ChoiceInput(props: AnswerInputProps<SpecOf<'yes_no' | 'status' | 'single_choice'>>) {
  const { spec, id, value, onChange, locale } = props;
  const options = useChoiceOptions(spec, locale);
  return (
    <ChoiceGroup {...props}>
      {options.map((option) => (
        <label key={option.key} className={styles.choice}>
          <input type="radio" name={`${id}-value`} value={option.key} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span {...option.lang}>{option.label}</span>
        </label>
      ))}
    </ChoiceGroup>
  );
}
