import { useTranslation } from 'react-i18next';
import type { CycleSummary, MethodologyVersionSummary } from '@gci/shared';
import { PickerForm } from './picker-form.tsx';
import { CycleOptions, VersionOptions } from './picker-options.tsx';

interface Props {
  cycles: readonly CycleSummary[];
  versions: readonly MethodologyVersionSummary[];
  year: number;
  versionId: string;
  /** a new cycle comes with its own version (null) */
  onChange: (year: number, versionId: string | null) => void;
}

/** Which cycle's answers, scored under which methodology version (the cycle's own by default); each change applies at once. */
export function DataPicker({ cycles, versions, year, versionId, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <PickerForm
      choices={[
        { name: 'year', label: t('workbench.common.cycle'), value: String(year), options: <CycleOptions cycles={cycles} /> },
        { name: 'version', label: t('workbench.common.version'), value: versionId, options: <VersionOptions versions={versions} /> },
      ]}
      onPick={(values, changed) => (changed === 'year' ? onChange(Number(values.year), null) : onChange(year, values.version ?? versionId))}
    />
  );
}
