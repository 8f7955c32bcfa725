import { useTranslation } from 'react-i18next';
import { DEFAULT_MIN_COVERAGE, minCoverageOf, peerAreaRuleOf, PEER_GROUPS, type Methodology, type MissingPolicy, type PeerAreaRule } from '@gci/shared';
import { useEditor } from './editor-context.ts';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import { LocalizedField, NumberField, SelectField } from './fields.tsx';

/** The version's name and scoring settings (its key is fixed once created). */
export function SettingsEditor({ methodology }: { methodology: Methodology }) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  // the rule is one object: editing any part of it writes it whole, defaults filled in
  const rule = peerAreaRuleOf(methodology);
  const setRule = (change: Partial<PeerAreaRule>) => dispatch({ type: 'set', path: 'peerAreas', value: { ...rule, ...change } });
  // choosing 'exclude' on a version without a minimum coverage starts it at the default (50 %)
  const setPolicy = (policy: MissingPolicy) => {
    dispatch({ type: 'set', path: 'missingPolicy', value: policy });
    if (policy === 'exclude' && methodology.minCoverage === undefined) dispatch({ type: 'set', path: 'minCoverage', value: DEFAULT_MIN_COVERAGE });
  };
  return (
    <section className={layout.panel} aria-labelledby="settings-title">
      <h2 id="settings-title">{t('workbench.editor.settings')}</h2>
      <p className={text.muted}>
        {t('workbench.editor.key')}: <code>{methodology.key}</code>
      </p>
      <LocalizedField path="name" label={t('workbench.editor.name')} value={methodology.name} />
      <div className={layout.formGrid}>
        <NumberField path="edition" label={t('workbench.versions.edition')} value={methodology.edition} min={2000} max={2100} step={1} />
        <NumberField path="pillarMax" label={t('workbench.editor.pillarMax')} value={methodology.pillarMax} min={0} />
        <SelectField
          path="aggregation"
          label={t('workbench.editor.aggregation')}
          value={methodology.aggregation}
          options={[
            ['arithmetic', t('workbench.aggregation.arithmetic')],
            ['geometric', t('workbench.aggregation.geometric')],
          ]}
        />
        <SelectField
          path="missingPolicy"
          label={t('workbench.editor.missingPolicy')}
          value={methodology.missingPolicy}
          options={[
            ['zero', t('workbench.missingPolicy.zero')],
            ['exclude', t('workbench.missingPolicy.exclude')],
          ]}
          onValue={setPolicy}
        />
        {methodology.missingPolicy === 'exclude' && (
          <NumberField
            path="minCoverage"
            label={t('workbench.editor.minCoverage')}
            hint={t('workbench.editor.minCoverageHint')}
            value={Math.round(minCoverageOf(methodology) * 1e6) / 1e4}
            min={0}
            max={100}
            step={5}
            onValue={(percent) => dispatch({ type: 'set', path: 'minCoverage', value: percent === undefined ? NaN : percent / 100 })}
          />
        )}
      </div>
      <h3>{t('workbench.editor.peerAreas')}</h3>
      <div className={layout.formGrid}>
        <SelectField
          path="peerAreas.group"
          label={t('workbench.editor.peerGroup')}
          value={rule.group}
          options={PEER_GROUPS.map((g) => [g, t(`workbench.peerGroup.${g}`)] as const)}
          onValue={(group) => setRule({ group })}
        />
        <NumberField
          path="peerAreas.margin"
          label={t('workbench.editor.peerMargin')}
          value={rule.margin}
          min={0}
          onValue={(margin) => setRule({ margin: margin ?? NaN })}
        />
        <SelectField
          path="peerAreas.includeSelf"
          label={t('workbench.editor.peerIncludeSelf')}
          value={rule.includeSelf ? 'included' : 'excluded'}
          options={[
            ['included', t('workbench.peerIncludeSelf.included')],
            ['excluded', t('workbench.peerIncludeSelf.excluded')],
          ]}
          onValue={(v) => setRule({ includeSelf: v === 'included' })}
        />
      </div>
    </section>
  );
}
