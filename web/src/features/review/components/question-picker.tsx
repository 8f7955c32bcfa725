import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button/index.tsx';
import { useReview } from '../lib/review-context.ts';
import styles from './question-picker.module.css';

interface Props {
  /** the questions offered (those the questionnaire shows) */
  keys: readonly string[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

/** Checkboxes for the questions that need work, grouped by pillar, with a shortcut for open threads. */
export function QuestionPicker({ keys, selected, onChange }: Props) {
  const { t } = useTranslation();
  const { methodology, index, threads } = useReview();
  const withOpenThreads = keys.filter((key) => threads.some((th) => th.status === 'open' && th.questionKey === key));
  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <fieldset className={styles.picker} data-testid="question-picker">
      <legend className={styles.legend}>{t('review.return.questions')}</legend>
      <p className={styles.hint}>
        {t('review.return.selected', { count: selected.size })}
        {withOpenThreads.length > 0 && (
          <Button variant="link" size="small" onClick={() => onChange(new Set([...selected, ...withOpenThreads]))}>
            {t('review.return.addOpen', { count: withOpenThreads.length })}
          </Button>
        )}
      </p>
      <div className={styles.list}>
        {methodology.pillars.map((pillar) => {
          const inPillar = keys.filter((key) => index.questions.get(key)?.pillarKey === pillar.key);
          if (inPillar.length === 0) return null;
          return (
            <fieldset key={pillar.key} className={styles.pillar}>
              <legend className={styles.pillarLegend}>{index.pillarTitles.get(pillar.key)}</legend>
              {inPillar.map((key) => (
                <label key={key} className={styles.option}>
                  <input type="checkbox" name="questionKeys" value={key} checked={selected.has(key)} onChange={(e) => toggle(key, e.target.checked)} />
                  {index.title(key)}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
