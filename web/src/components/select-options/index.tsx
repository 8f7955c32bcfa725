import { useTranslation } from 'react-i18next';
import { REGIONS } from '@gci/shared';

interface Props<T extends string> {
  values: readonly T[];
  /** each value's words, in the reader's language */
  label: (value: T) => string;
  /** first, an option with the empty value that means "any" (a filter not set) */
  all?: string;
}

/** The <option>s of a <select> over a fixed list (statuses, regions …). */
export function SelectOptions<T extends string>({ values, label, all }: Props<T>) {
  return (
    <>
      {all !== undefined && <option value="">{all}</option>}
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}

/** The regions as <option>s, named in the reader's language; `all`: an empty-valued "all regions" first. */
export function RegionOptions({ all }: { all?: string }) {
  const { t } = useTranslation();
  return <SelectOptions values={REGIONS} label={(region) => t(`regions.${region}`)} all={all} />;
}
