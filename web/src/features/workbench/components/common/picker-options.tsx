import { useTranslation } from 'react-i18next';
import type { CycleSummary, MethodologyVersionSummary } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';

/** A cycle per option, by year. */
export function CycleOptions({ cycles }: { cycles: readonly CycleSummary[] }) {
  return cycles.map((c) => (
    <option key={c.id} value={c.year}>
      {c.name}
    </option>
  ));
}

const idOf = (version: MethodologyVersionSummary) => version.id;

/** A methodology version per option, named with its status; the value is its id unless `optionValue` says otherwise. */
export function VersionOptions({
  versions,
  optionValue = idOf,
}: {
  versions: readonly MethodologyVersionSummary[];
  optionValue?: (version: MethodologyVersionSummary) => string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return versions.map((v) => (
    <option key={v.id} value={optionValue(v)}>
      {format.text(v.name)} · {t(`workbench.status.${v.status}`)}
    </option>
  ));
}
