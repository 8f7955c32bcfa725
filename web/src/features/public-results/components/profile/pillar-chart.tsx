import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { isRtl, localize, type Locale, type ProfilePillar } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { useTierColors } from '../../lib/use-tier-colors.ts';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';

/**
 * The five pillars: a bar chart (bars in the pillar's tier colour, the region average in grey)
 * for sighted readers, and the same figures in a table, which is what assistive technology reads.
 */
export function PillarChart({ pillars, locale }: { pillars: ProfilePillar[]; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const colorOf = useTierColors();
  const rtl = isRtl(locale);
  const max = Math.max(...pillars.map((p) => p.max));
  const data = pillars.map((p) => ({ key: p.key, name: localize(p.name, locale), score: p.score, regionAverage: p.regionAverage ?? 0, tier: p.tier }));
  return (
    <div className="pillar-chart">
      <div className="pillar-chart__canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" reversed={rtl} interval={0} tick={{ fontSize: 12 }} height={48} />
            <YAxis domain={[0, max]} orientation={rtl ? 'right' : 'left'} width={32} />
            <Bar dataKey="score" name={t('public.profile.score')} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.key} fill={colorOf(d.tier)} stroke="#1a1d23" strokeWidth={0.5} />
              ))}
            </Bar>
            <Bar dataKey="regionAverage" name={t('public.profile.regionAverage')} fill="#b7bec9" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
        <p className="pillar-chart__key">
          <span className="pillar-chart__key-score" /> {t('public.profile.chartKeyScore')}
          <span className="pillar-chart__key-average" /> {t('public.profile.regionAverage')}
        </p>
      </div>
      <table className="data-table">
        <caption>{t('public.profile.pillarsCaption', { max: format.bound(max) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('public.profile.pillar')}</th>
            <th scope="col">{t('public.profile.score')}</th>
            <th scope="col">{t('public.profile.pillarTier')}</th>
            <th scope="col">{t('public.profile.regionAverage')}</th>
          </tr>
        </thead>
        <tbody>
          {pillars.map((p) => (
            <tr key={p.key} data-pillar={p.key}>
              <th scope="row">{localize(p.name, locale)}</th>
              <td className="num">
                {format.score(p.score)} / {format.bound(p.max)}
              </td>
              <td>
                <TierBadge tier={p.tier} />
              </td>
              <td className="num">{p.regionAverage === null ? '–' : format.score(p.regionAverage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
