import type { SpecOf } from '@gci/shared';
import type { AnswerInputProps } from './answer-input-props.ts';
import styles from './answer-input.module.css';
import { ChoiceGroup } from './choice-group.tsx';
import { useChoiceOptions } from './choice-options.ts';

/** Multiple choice: checkboxes; the chosen keys are kept in the options' order. */
export function MultiChoiceInput(props: AnswerInputProps<SpecOf<'multi_choice'>>) {
  const { spec, id, value, onChange, locale } = props;
  const options = useChoiceOptions(spec, locale);
  const chosen = Array.isArray(value) ? value : [];
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    onChange(options.map((option) => option.key).filter((k) => next.has(k)));
  };
  return (
    <ChoiceGroup {...props}>
      {options.map((option) => (
        <label key={option.key} className={styles.choice}>
          <input
            type="checkbox"
            name={`${id}-value`}
            value={option.key}
            checked={chosen.includes(option.key)}
            onChange={(event) => toggle(option.key, event.target.checked)}
          />
          <span {...option.lang}>{option.label}</span>
        </label>
      ))}
    </ChoiceGroup>
  );
}
