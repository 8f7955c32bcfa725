import { useTranslation } from 'react-i18next';
import type { CycleSummary, MethodologyVersionSummary, Scenario } from '@gci/shared';
import { formatSide, type Side } from '../../lib/compare-sides.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';

interface Props {
  cycles: readonly CycleSummary[];
  versions: readonly MethodologyVersionSummary[];
  scenarios: readonly Scenario[];
  year: number;
  a: Side | null;
  b: Side | null;
  onPick: (year: number, a: string, b: string) => void;
}

/** A cycle, and two scorings of its answers: methodology versions or saved scenarios. */
export function SidesPicker({ cycles, versions, scenarios, year, a, b, onPick }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const choices = (
    <>
      <optgroup label={t('workbench.compare.versions')}>
        {versions.map((v) => (
          <option key={v.id} value={formatSide({ kind: 'version', id: v.id })}>
            {format.text(v.name)} · {t(`workbench.status.${v.status}`)}
          </option>
        ))}
      </optgroup>
      {scenarios.length > 0 && (
        <optgroup label={t('workbench.compare.scenarios')}>
          {scenarios.map((s) => (
            <option key={s.id} value={formatSide({ kind: 'scenario', id: s.id })}>
              {s.name} ({s.cycleYear})
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
  const first = versions[0] ? formatSide({ kind: 'version', id: versions[0].id }) : '';
  const second = scenarios[0] ? formatSide({ kind: 'scenario', id: scenarios[0].id }) : versions[1] ? formatSide({ kind: 'version', id: versions[1].id }) : first;
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        onPick(Number(data.get('year')), String(data.get('a')), String(data.get('b')));
      }}
    >
      <div>
        <label htmlFor="compare-year">{t('workbench.common.cycle')}</label>
        <select id="compare-year" name="year" defaultValue={year}>
          {cycles.map((c) => (
            <option key={c.id} value={c.year}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="compare-a">{t('workbench.compare.sideA')}</label>
        <select id="compare-a" name="a" defaultValue={a ? formatSide(a) : first}>
          {choices}
        </select>
      </div>
      <div>
        <label htmlFor="compare-b">{t('workbench.compare.sideB')}</label>
        <select id="compare-b" name="b" defaultValue={b ? formatSide(b) : second}>
          {choices}
        </select>
      </div>
      <div className="filters__submit">
        <button type="submit" className="button button--primary">
          {t('workbench.compare.show')}
        </button>
      </div>
    </form>
  );
}
