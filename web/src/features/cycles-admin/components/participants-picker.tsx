import { useTranslation } from 'react-i18next';
import { REGIONS, type CycleSetup, type Region } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { Disclosure } from '../../../components/disclosure/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './participants-picker.module.css';

interface Props {
  countries: CycleSetup['countries'];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** what is wrong with the choice (shown under the legend) */
  error: string | null;
}

/** The participating countries: every one at once, a region at a time, or one by one (grouped by ITU region). */
export function ParticipantsPicker({ countries, selected, onChange, error }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chosen = new Set(selected);
  const codesOf = (region?: Region) => countries.filter((c) => !region || c.region === region).map((c) => c.iso3);
  const set = (codes: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const code of codes) {
      if (on) next.add(code);
      else next.delete(code);
    }
    onChange([...next].sort());
  };
  const errorId = 'participants-error';
  return (
    <fieldset className={styles.picker} aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined} data-testid="participants">
      <legend>{t('cyclesAdmin.form.participants')}</legend>
      <p className={styles.count} role="status">
        {t('cyclesAdmin.form.participantsChosen', { count: chosen.size, total: countries.length })}
      </p>
      {error && (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      )}
      <div className={styles.bulk}>
        <Button size="small" onClick={() => set(codesOf(), true)}>
          {t('cyclesAdmin.form.selectAll')}
        </Button>
        <Button size="small" onClick={() => onChange([])}>
          {t('cyclesAdmin.form.clearAll')}
        </Button>
      </div>
      {REGIONS.filter((region) => codesOf(region).length > 0).map((region) => {
        const codes = codesOf(region);
        const inRegion = codes.filter((c) => chosen.has(c)).length;
        const name = t(`regions.${region}`);
        return (
          <Disclosure key={region} summary={t('cyclesAdmin.form.region', { region: name, chosen: inRegion, total: codes.length })} data-region={region}>
            <div className={styles.bulk}>
              <Button size="small" onClick={() => set(codes, true)} aria-label={t('cyclesAdmin.form.selectRegion', { region: name })}>
                {t('cyclesAdmin.form.selectAll')}
              </Button>
              <Button size="small" onClick={() => set(codes, false)} aria-label={t('cyclesAdmin.form.clearRegion', { region: name })}>
                {t('cyclesAdmin.form.clearAll')}
              </Button>
            </div>
            <ul className={styles.countries}>
              {countries
                .filter((c) => c.region === region)
                .map((c) => (
                  <li key={c.iso3}>
                    <label>
                      <input type="checkbox" value={c.iso3} checked={chosen.has(c.iso3)} onChange={(e) => set([c.iso3], e.currentTarget.checked)} />{' '}
                      <bdi>{format.text(c.names)}</bdi>
                    </label>
                  </li>
                ))}
            </ul>
          </Disclosure>
        );
      })}
    </fieldset>
  );
}
