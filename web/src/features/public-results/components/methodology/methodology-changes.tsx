import { useTranslation } from 'react-i18next';
import { localize, type Locale, type PublicMethodology } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { DetailsPanel } from '../details-panel.tsx';
import styles from './methodology-changes.module.css';

const CHANGES = ['added', 'removed', 'moved', 'reweighted', 'rescored', 'reworded'] as const;

/** What changed since the previous published edition (the structural diff of the two versions). */
export function MethodologyChanges({ previous, locale }: { previous: PublicMethodology['previous']; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!previous) return <p>{t('public.methodology.firstEdition')}</p>;
  if (previous.sameVersion) return <p>{t('public.methodology.sameVersion', { cycle: previous.cycleName })}</p>;
  const counts = CHANGES.map((change) => ({ change, items: previous.changes.filter((c) => c.change === change) })).filter((g) => g.items.length > 0);
  return (
    <div data-testid="methodology-changes">
      <p>{t('public.methodology.changesIntro', { cycle: previous.cycleName, from: previous.methodologyKey })}</p>
      {(previous.thresholdsChanged || previous.settingsChanged.length > 0) && (
        <ul className={styles.summary}>
          {previous.thresholdsChanged && <li>{t('public.methodology.thresholdsChanged')}</li>}
          {previous.settingsChanged.length > 0 && <li>{t('public.methodology.settingsChanged', { settings: previous.settingsChanged.join(', ') })}</li>}
        </ul>
      )}
      {counts.map(({ change, items }) => (
        <DetailsPanel key={change} summary={t(`public.methodology.change.${change}`, { count: items.length })}>
          <ul className={styles.items}>
            {items.map((item) => (
              <li key={item.key}>
                {localize(item.title, locale)}
                {item.from !== null && item.to !== null && (
                  <span className={styles.weight}> ({t('public.methodology.weightChange', { from: format.bound(item.from), to: format.bound(item.to) })})</span>
                )}
              </li>
            ))}
          </ul>
        </DetailsPanel>
      ))}
    </div>
  );
}
