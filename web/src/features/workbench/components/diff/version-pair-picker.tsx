import { useTranslation } from 'react-i18next';
import type { MethodologyVersionSummary } from '@gci/shared';
import { PickerForm } from '../common/picker-form.tsx';
import { VersionOptions } from '../common/picker-options.tsx';

interface Props {
  versions: readonly MethodologyVersionSummary[];
  from: string | null;
  to: string | null;
  onPick: (from: string, to: string) => void;
}

/** Two versions to compare, older first. */
export function VersionPairPicker({ versions, from, to, onPick }: Props) {
  const { t } = useTranslation();
  const options = <VersionOptions versions={versions} />;
  return (
    <PickerForm
      choices={[
        { name: 'from', label: t('workbench.diff.from'), value: from ?? versions[1]?.id ?? versions[0]?.id ?? '', options },
        { name: 'to', label: t('workbench.diff.to'), value: to ?? versions[0]?.id ?? '', options },
      ]}
      submitLabel={t('workbench.diff.show')}
      onPick={(values) => onPick(values.from ?? '', values.to ?? '')}
    />
  );
}
