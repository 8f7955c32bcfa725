import type { ReactNode } from 'react';
import { Button } from '../../../../components/button/index.tsx';
import { FormField } from '../../../../components/form-field/index.tsx';
import styles from './picker-form.module.css';
import { formText } from '../../../../lib/form-text.ts';

export interface PickerChoice {
  /** the select's name, and its key in the values handed to onPick */
  name: string;
  label: string;
  value: string;
  /** the <option>s (and <optgroup>s) */
  options: ReactNode;
}

interface Props {
  choices: readonly PickerChoice[];
  /** the button that applies the choices; without one, each change applies at once */
  submitLabel?: string;
  /** every select's value by name, and the select that changed (null when the button was pressed) */
  onPick: (values: Record<string, string>, changed: string | null) => void;
}

/**
 * What a page shows, picked in a row of selects: a cycle, a version, two sides to compare. The
 * page keeps the choice in its address, so the selects start from `value` and start again when
 * the address changes.
 */
export function PickerForm({ choices, submitLabel, onPick }: Props) {
  const valuesOf = (form: HTMLFormElement) => Object.fromEntries(choices.map((c) => [c.name, formText(new FormData(form), c.name)]));
  return (
    <form
      className={styles.picker}
      onSubmit={(e) => {
        e.preventDefault();
        onPick(valuesOf(e.currentTarget), null);
      }}
      onChange={(e) => {
        if (submitLabel === undefined && e.target instanceof HTMLSelectElement) onPick(valuesOf(e.currentTarget), e.target.name);
      }}
    >
      {choices.map((choice) => (
        <FormField key={choice.name} label={choice.label}>
          {(control) => (
            <select {...control} key={choice.value} name={choice.name} defaultValue={choice.value}>
              {choice.options}
            </select>
          )}
        </FormField>
      ))}
      {submitLabel !== undefined && (
        <div className={styles.submit}>
          <Button type="submit" variant="primary">
            {submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
