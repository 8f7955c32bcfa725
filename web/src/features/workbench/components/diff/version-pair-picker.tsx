import { useTranslation } from 'react-i18next';
import type { MethodologyVersionSummary } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';

interface Props {
  versions: readonly MethodologyVersionSummary[];
  from: string | null;
  to: string | null;
  onPick: (from: string, to: string) => void;
}

/** Two versions to compare, older first. */
export function VersionPairPicker({ versions, from, to, onPick }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const a = from ?? versions[1]?.id ?? versions[0]?.id ?? '';
  const b = to ?? versions[0]?.id ?? '';
  const options = versions.map((v) => (
    <option key={v.id} value={v.id}>
      {format.text(v.name)} · {t(`workbench.status.${v.status}`)}
    </option>
  ));
  return (
    <form
      className="filters"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        onPick(String(data.get('from')), String(data.get('to')));
      }}
    >
      <div>
        <label htmlFor="diff-from">{t('workbench.diff.from')}</label>
        <select id="diff-from" name="from" defaultValue={a} key={`from-${a}`}>
          {options}
        </select>
      </div>
      <div>
        <label htmlFor="diff-to">{t('workbench.diff.to')}</label>
        <select id="diff-to" name="to" defaultValue={b} key={`to-${b}`}>
          {options}
        </select>
      </div>
      <div className="filters__submit">
        <button type="submit" className="button button--primary">
          {t('workbench.diff.show')}
        </button>
      </div>
    </form>
  );
}
