import { useTranslation } from 'react-i18next';
import { DEFAULT_STABILITY_SETTINGS, type Methodology, type WeightDistribution } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { stabilitySettingsInWords } from '../../../../lib/stability-words.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import { useEditor } from './editor-context.ts';
import { NumberField, SelectField } from './fields.tsx';

/** A distribution of each kind, to start from when the kind is changed. */
const START: Record<WeightDistribution['kind'], WeightDistribution> = {
  uniform: { kind: 'uniform', spread: 0.25 },
  normal: { kind: 'normal', sd: 0.13 },
  dirichlet: { kind: 'dirichlet', concentration: 100 },
};

/**
 * How the published tier stability is computed for results of this version: the defaults (those of
 * published sensitivity analyses) until someone changes them, then what varies, the distribution,
 * draws and seed.
 */
export function StabilitySettingsEditor({ methodology }: { methodology: Methodology }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { dispatch } = useEditor();
  const s = methodology.stability;
  const d = s?.distribution;
  return (
    <section className={layout.panel} aria-labelledby="stability-settings-title">
      <h2 id="stability-settings-title">{t('workbench.editor.stability.title')}</h2>
      <p className={text.muted}>{t('workbench.editor.stability.intro')}</p>
      {!s || !d ? (
        <>
          <p>
            {t('workbench.editor.stability.usesDefaults')} {stabilitySettingsInWords(t, format, DEFAULT_STABILITY_SETTINGS)}
          </p>
          <Button size="small" onClick={() => dispatch({ type: 'set', path: 'stability', value: DEFAULT_STABILITY_SETTINGS })}>
            {t('workbench.editor.stability.customise')}
          </Button>
        </>
      ) : (
        <>
          <p data-testid="stability-settings-words">{stabilitySettingsInWords(t, format, s)}</p>
          <div className={layout.formGrid}>
            <SelectField
              path="stability.vary"
              label={t('workbench.editor.stability.vary')}
              value={s.vary}
              options={[
                ['pillars', t('workbench.editor.stability.varyPillars')],
                ['all', t('workbench.editor.stability.varyAll')],
              ]}
            />
            <SelectField
              path="stability.distribution.kind"
              label={t('workbench.editor.stability.distribution')}
              value={d.kind}
              options={[
                ['normal', t('workbench.editor.stability.normal')],
                ['uniform', t('workbench.editor.stability.uniform')],
                ['dirichlet', t('workbench.editor.stability.dirichlet')],
              ]}
              onValue={(kind) => dispatch({ type: 'set', path: 'stability.distribution', value: START[kind] })}
            />
            {d.kind === 'uniform' && (
              <NumberField path="stability.distribution.spread" label={t('workbench.editor.stability.spread')} value={d.spread} min={0} max={1} step={0.01} />
            )}
            {d.kind === 'normal' && (
              <NumberField path="stability.distribution.sd" label={t('workbench.editor.stability.sd')} value={d.sd} min={0} max={1} step={0.01} />
            )}
            {d.kind === 'dirichlet' && (
              <NumberField
                path="stability.distribution.concentration"
                label={t('workbench.editor.stability.concentration')}
                value={d.concentration}
                min={1}
                step={1}
              />
            )}
            <NumberField path="stability.draws" label={t('workbench.editor.stability.draws')} value={s.draws} min={100} max={100_000} step={100} />
            <NumberField path="stability.seed" label={t('workbench.editor.stability.seed')} value={s.seed} min={0} max={4_294_967_295} step={1} />
          </div>
          <Button size="small" onClick={() => dispatch({ type: 'set', path: 'stability', value: undefined })}>
            {t('workbench.editor.stability.reset')}
          </Button>
        </>
      )}
    </section>
  );
}
