import type { AnswerValue } from '@gci/shared';
import { sameValue } from '../lib/queue-logic.ts';

export interface ChoiceOption {
  key: string;
  label: string;
  /** set when the label is an untranslated English fallback */
  lang?: { lang?: 'en'; dir?: 'ltr' };
  value: AnswerValue;
}

interface Props {
  name: string;
  legend: string;
  options: ChoiceOption[];
  value: AnswerValue | undefined;
  describedBy?: string;
  disabled: boolean;
  onChange: (value: AnswerValue) => void;
}

/** Yes/no, status and single choice: one radio group, saved as soon as a choice is made. */
export function ChoiceInput({ name, legend, options, value, describedBy, disabled, onChange }: Props) {
  return (
    <fieldset className="choices" aria-describedby={describedBy} disabled={disabled}>
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => (
        <label key={option.key} className="choice">
          <input
            type="radio"
            name={name}
            value={option.key}
            checked={value !== undefined && sameValue(value, option.value)}
            onChange={() => onChange(option.value)}
          />
          <span {...option.lang}>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
