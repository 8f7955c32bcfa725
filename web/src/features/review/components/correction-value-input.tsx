import { useTranslation } from 'react-i18next';
import { STATUS_VALUES, localize, type AnswerValue, type QuestionSpec } from '@gci/shared';
import { useReview } from '../lib/review-context.ts';

interface Props {
  id: string;
  label: string;
  spec: QuestionSpec;
  value: AnswerValue;
  onChange: (value: AnswerValue) => void;
}

/** The corrected value, in the input that suits the question's type. */
export function CorrectionValueInput({ id, label, spec, value, onChange }: Props) {
  const { t } = useTranslation();
  const { locale } = useReview();
  if (spec.type === 'number' || spec.type === 'text') {
    const text = value === null ? '' : String(value);
    const parse = (raw: string): AnswerValue => {
      if (spec.type === 'text') return raw;
      const trimmed = raw.trim().replace(',', '.');
      return trimmed === '' ? null : Number.isFinite(Number(trimmed)) ? Number(trimmed) : raw;
    };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {spec.type === 'text' ? (
          <textarea id={id} rows={3} value={text} maxLength={spec.maxLength} onChange={(e) => onChange(parse(e.target.value))} />
        ) : (
          <input id={id} type="text" inputMode="decimal" value={text} onChange={(e) => onChange(parse(e.target.value))} />
        )}
      </div>
    );
  }

  const options =
    spec.type === 'yes_no'
      ? [
          { key: 'yes', label: t('review.answer.yes'), value: true as AnswerValue },
          { key: 'no', label: t('review.answer.no'), value: false as AnswerValue },
        ]
      : spec.type === 'status'
        ? STATUS_VALUES.map((s) => ({ key: s, label: t(`review.answer.status.${s}`), value: s as AnswerValue }))
        : spec.options.map((o) => ({ key: o.key, label: localize(o.label, locale), value: o.key as AnswerValue }));
  const isMulti = spec.type === 'multi_choice';
  const chosen = Array.isArray(value) ? value : [];
  return (
    <fieldset className="choices choices--stacked" id={id}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option.key} className="choice">
          <input
            type={isMulti ? 'checkbox' : 'radio'}
            name={`${id}-value`}
            checked={isMulti ? chosen.includes(option.key) : value === option.value}
            onChange={(e) => {
              if (!isMulti) onChange(option.value);
              else onChange(e.target.checked ? [...chosen, option.key] : chosen.filter((k) => k !== option.key));
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
