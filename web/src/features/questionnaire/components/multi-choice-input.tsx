import type { AnswerValue } from '@gci/shared';
import type { ChoiceOption } from './choice-input.tsx';

interface Props {
  name: string;
  legend: string;
  options: ChoiceOption[];
  value: AnswerValue | undefined;
  describedBy?: string;
  disabled: boolean;
  onChange: (value: string[]) => void;
}

/** Multiple choice: checkboxes; the chosen keys are kept in the options' order. */
export function MultiChoiceInput({ name, legend, options, value, describedBy, disabled, onChange }: Props) {
  const chosen = Array.isArray(value) ? value : [];
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    onChange(options.map((option) => option.key).filter((k) => next.has(k)));
  };
  return (
    <fieldset className="choices" aria-describedby={describedBy} disabled={disabled}>
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => (
        <label key={option.key} className="choice">
          <input type="checkbox" name={name} value={option.key} checked={chosen.includes(option.key)} onChange={(event) => toggle(option.key, event.target.checked)} />
          <span {...option.lang}>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
