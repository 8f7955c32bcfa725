import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerInputProps } from './answer-input-props.ts';
import styles from './answer-input.module.css';

type Props = Pick<AnswerInputProps, 'id' | 'label' | 'value' | 'onChange' | 'mode' | 'describedBy' | 'disabled'> & { children: ReactNode };

/** The fieldset of a choice question, and in the questionnaire the button that clears the answer. */
export function ChoiceGroup({ id, label, value, onChange, mode, describedBy, disabled, children }: Props) {
  const { t } = useTranslation();
  const inline = mode === 'questionnaire';
  const group = (
    <fieldset id={id} className={inline ? styles.choices : `${styles.choices} ${styles.stacked}`} aria-describedby={describedBy} disabled={disabled}>
      <legend className={inline ? 'visually-hidden' : undefined}>{label}</legend>
      {children}
    </fieldset>
  );
  if (!inline) return group;
  return (
    <div className={styles.row}>
      {group}
      {!disabled && value !== null && value !== undefined && (
        <button
          type="button"
          className="button button--link button--small"
          aria-label={`${t('questionnaire.clearAnswer')}: ${label}`}
          onClick={() => onChange(null)}
        >
          {t('questionnaire.clearAnswer')}
        </button>
      )}
    </div>
  );
}
