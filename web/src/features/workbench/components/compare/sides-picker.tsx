import { useTranslation } from 'react-i18next';
import type { CycleSummary, MethodologyVersionSummary, Scenario } from '@gci/shared';
import { formatSide, type Side } from '../../lib/compare-sides.ts';
import { PickerForm } from '../common/picker-form.tsx';
import { CycleOptions, VersionOptions } from '../common/picker-options.tsx';

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
  const choices = (
    <>
      <optgroup label={t('workbench.compare.versions')}>
        <VersionOptions versions={versions} optionValue={(v) => formatSide({ kind: 'version', id: v.id })} />
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
  const second = scenarios[0]
    ? formatSide({ kind: 'scenario', id: scenarios[0].id })
    : versions[1]
      ? formatSide({ kind: 'version', id: versions[1].id })
      : first;
  return (
    <PickerForm
      choices={[
        { name: 'year', label: t('workbench.common.cycle'), value: String(year), options: <CycleOptions cycles={cycles} /> },
        { name: 'a', label: t('workbench.compare.sideA'), value: a ? formatSide(a) : first, options: choices },
        { name: 'b', label: t('workbench.compare.sideB'), value: b ? formatSide(b) : second, options: choices },
      ]}
      submitLabel={t('workbench.compare.show')}
      onPick={(values) => onPick(Number(values.year), values.a ?? '', values.b ?? '')}
    />
  );
}
