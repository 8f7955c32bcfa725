import { useTranslation } from 'react-i18next';
import { localize, type Locale, type TraceRow } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import styles from './trace-answer.module.css';

/** A published answer in words: status and yes/no translated, option labels localised, numbers formatted. */
export function TraceAnswerText({ row, locale }: { row: TraceRow; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const q = row.question;
  if (!q) return null;
  if (q.status === 'hidden') return <span className={styles.none}>{t('public.trace.hidden')}</span>;
  if (q.status === 'unscored') return <span className={styles.none}>{t('public.trace.unscored')}</span>;
  if (q.status === 'missing') return <span className={styles.none}>{t('public.trace.missing')}</span>;
  const answer = q.answer;
  if (!answer) return <span className={styles.none}>–</span>;
  if (answer.labels.length > 0) return <>{answer.labels.map((l) => localize(l, locale)).join(', ')}</>;
  if (typeof answer.value === 'boolean') return <>{answer.value ? t('public.trace.yes') : t('public.trace.no')}</>;
  if (answer.value === 'in_place' || answer.value === 'partial' || answer.value === 'absent') return <>{t(`public.trace.status.${answer.value}`)}</>;
  if (typeof answer.value === 'number') return <>{format.number(answer.value)}</>;
  if (Array.isArray(answer.value) && answer.value.length === 0) return <>{t('public.trace.noneChosen')}</>;
  return <>{String(answer.value)}</>;
}
