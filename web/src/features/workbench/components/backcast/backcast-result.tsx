import { useTranslation } from 'react-i18next';
import { questionsByKey, type Backcast, type Methodology, type WorkbenchData } from '@gci/shared';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { CountBadge } from '../common/count-badge.tsx';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import { MoversSection } from '../compare/movers-section.tsx';
import { TransitionMatrix } from '../compare/transition-matrix.tsx';

interface Props {
  backcast: Backcast;
  data: WorkbenchData;
  newer: Methodology;
  newerLabel: string;
}

/** An earlier cycle rescored under a newer version: the questions that do not match, and the tier changes. */
export function BackcastResult({ backcast, data, newer, newerLabel }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const titles = new Map([...questionsByKey(data.methodology), ...questionsByKey(newer)].map(([k, q]) => [k, q.node.texts.title]));
  const beforeLabel = t('workbench.backcast.ownVersion');
  const list = (keys: readonly string[], id: string, title: string) => (
    <section className={layout.panel} aria-labelledby={id} data-testid={id} data-count={keys.length}>
      <h2 id={id}>
        {title} <CountBadge count={keys.length} />
      </h2>
      {keys.length === 0 ? (
        <EmptyState>{t('workbench.backcast.noneUnmatched')}</EmptyState>
      ) : (
        <ul className={text.breakable}>
          {keys.map((k) => (
            <li key={k}>
              {titles.get(k) ? format.text(titles.get(k)!) : k} <code>{k}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <>
      <p role="status">{t('workbench.backcast.summary', { moved: backcast.comparison.changes.length, cycle: data.cycle.name, version: newerLabel })}</p>
      <div className={layout.twoColumns}>
        {list(backcast.unmatchedNew, 'unmatched-new', t('workbench.backcast.unmatchedNew'))}
        {list(backcast.unmatchedOld, 'unmatched-old', t('workbench.backcast.unmatchedOld'))}
      </div>
      <section className={layout.panel} aria-labelledby="backcast-matrix">
        <h2 id="backcast-matrix">{t('workbench.compare.matrix')}</h2>
        <TransitionMatrix comparison={backcast.comparison} beforeLabel={beforeLabel} afterLabel={newerLabel} format={format} />
      </section>
      <MoversSection
        changes={backcast.comparison.changes}
        names={new Map(data.countries.map((c) => [c.iso3, c.names]))}
        regionOf={new Map(data.countries.map((c) => [c.iso3, c.region]))}
        beforeLabel={beforeLabel}
        afterLabel={newerLabel}
        format={format}
      />
    </>
  );
}
