import { useTranslation } from 'react-i18next';
import type { CycleSummary, MethodologyVersionSummary } from '@gci/shared';
import type { Formatters } from '../../../../lib/use-formatters.ts';

interface Props {
  cycles: readonly CycleSummary[];
  versions: readonly MethodologyVersionSummary[];
  year: number;
  versionId: string;
  format: Formatters;
  onChange: (year: number, versionId: string | null) => void;
  idPrefix?: string;
}

/** Which cycle's answers, scored under which methodology version (the cycle's own by default). */
export function DataPicker({ cycles, versions, year, versionId, format, onChange, idPrefix = 'data' }: Props) {
  const { t } = useTranslation();
  return (
    <div className="filters data-picker">
      <div>
        <label htmlFor={`${idPrefix}-cycle`}>{t('workbench.common.cycle')}</label>
        <select id={`${idPrefix}-cycle`} name="year" value={year} onChange={(e) => onChange(Number(e.currentTarget.value), null)}>
          {cycles.map((c) => (
            <option key={c.id} value={c.year}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-version`}>{t('workbench.common.version')}</label>
        <select id={`${idPrefix}-version`} name="version" value={versionId} onChange={(e) => onChange(year, e.currentTarget.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {format.text(v.name)} · {t(`workbench.status.${v.status}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
