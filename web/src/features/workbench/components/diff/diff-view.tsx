import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedString, MethodologyDiff, NodeChange } from '@gci/shared';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { CountBadge } from '../common/count-badge.tsx';
import { KindTag } from '../common/kind-tag.tsx';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import styles from './diff-view.module.css';

type Section = 'added' | 'removed' | 'moved' | 'reweighted' | 'rescored' | 'reworded';
const SECTIONS: readonly Section[] = ['added', 'removed', 'moved', 'reweighted', 'rescored', 'reworded'];

/** What changed between two versions, by node: added, removed, moved, reweighted, rescored, reworded. */
export function DiffView({ diff, titles }: { diff: MethodologyDiff; titles: ReadonlyMap<string, LocalizedString> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const label = (key: string | null) => {
    if (key === null) return t('workbench.diff.top');
    const title = titles.get(key);
    return title ? `${format.text(title)} (${key})` : key;
  };
  const extra = (section: Section, change: NodeChange): ReactNode => {
    if (section === 'moved') {
      const m = diff.moved.find((x) => x.key === change.key)!;
      return t('workbench.diff.movedFromTo', { from: label(m.fromParent), to: label(m.toParent) });
    }
    if (section === 'reweighted') {
      const r = diff.reweighted.find((x) => x.key === change.key)!;
      return t('workbench.diff.weightFromTo', { from: format.number(r.from), to: format.number(r.to) });
    }
    return null;
  };
  const total = SECTIONS.reduce((n, s) => n + diff[s].length, 0) + (diff.thresholdsChanged ? 1 : 0) + diff.settingsChanged.length;
  return (
    <div data-testid="diff">
      <p role="status">{total === 0 ? t('workbench.diff.same') : t('workbench.diff.summary', { count: total })}</p>
      {(diff.thresholdsChanged || diff.settingsChanged.length > 0) && (
        <Notice tone="info">
          <ul>
            {diff.thresholdsChanged && <li>{t('workbench.diff.thresholdsChanged')}</li>}
            {diff.settingsChanged.map((s) => (
              <li key={s}>{t('workbench.diff.settingChanged', { setting: s })}</li>
            ))}
          </ul>
        </Notice>
      )}
      <div className={styles.sections}>
        {SECTIONS.map((section) => (
          <section key={section} className={layout.panel} aria-labelledby={`diff-${section}`} data-section={section} data-count={diff[section].length}>
            <h2 id={`diff-${section}`}>
              {t(`workbench.diff.${section}`)} <CountBadge count={diff[section].length} />
            </h2>
            {diff[section].length === 0 ? (
              <EmptyState>{t('workbench.diff.nothing')}</EmptyState>
            ) : (
              <ul className={text.breakable}>
                {diff[section].map((change) => (
                  <li key={change.key} data-key={change.key}>
                    <KindTag kind={change.kind} /> {label(change.key)}
                    {extra(section, change) && <span className={text.muted}> — {extra(section, change)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
