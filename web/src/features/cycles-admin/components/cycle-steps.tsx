import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleAction, CycleSummary, PendingAssessment } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { ConfirmPanel } from '../../../components/confirm-panel/index.tsx';
import { CountryStatusList } from '../../../components/country-status-list/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { pendingOf } from '../../../lib/pending-assessments.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './cycles-admin.module.css';

interface Props {
  cycle: CycleSummary;
  /**
   * Takes a step. `confirmed` carries the pending assessments the administrator agreed to (closing
   * with open reviews, publishing without countries not validated); the first attempt sends none.
   */
  onStep: (step: CycleAction, confirmed: readonly PendingAssessment[] | null) => Promise<void>;
}

type Asking = { step: CycleAction; pending: PendingAssessment[] | null };

/**
 * The next step of the cycle, asked before it is taken. When the server answers that something is
 * pending (open reviews, countries not validated) the list is shown and a second, explicit
 * confirmation takes the step anyway.
 */
export function CycleSteps({ cycle, onStep }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<CycleAction | null>(null);

  const take = async ({ step, pending }: Asking) => {
    setBusy(true);
    setError(null);
    try {
      await onStep(step, pending);
      setAsking(null);
      setDone(step);
    } catch (e) {
      const listed = pending ? null : pendingOf(e);
      if (listed) setAsking({ step, pending: listed });
      else {
        setAsking(null);
        setError(isApiError(e) ? e.message : t('cyclesAdmin.failed'));
      }
    } finally {
      setBusy(false);
    }
  };

  const dates = { date: format.dateTime(cycle.validationClosesAt), count: cycle.participants };
  return (
    <section className={styles.panel} aria-labelledby="cycle-steps-title" data-testid="cycle-steps">
      <h2 id="cycle-steps-title">{t('cyclesAdmin.steps.title')}</h2>
      {done && (
        <Notice tone="success" role="status" data-testid="step-done">
          {t(`cyclesAdmin.steps.${done}.done`)}
        </Notice>
      )}
      {cycle.status === 'validation' && !cycle.actions.includes('publish') && <p>{t('cyclesAdmin.steps.waiting', dates)}</p>}
      <div className={styles.actions}>
        {cycle.actions.map((step) => (
          <Button
            key={step}
            variant={step === 'end_validation' ? 'secondary' : 'primary'}
            disabled={isBusy || asking !== null}
            onClick={() => {
              setDone(null);
              setAsking({ step, pending: null });
            }}
            data-step={step}
          >
            {t(`cyclesAdmin.steps.${step}.button`)}
          </Button>
        ))}
      </div>
      {asking && asking.pending === null && (
        <ConfirmPanel
          message={t(`cyclesAdmin.steps.${asking.step}.confirm`, dates)}
          confirmLabel={t(`cyclesAdmin.steps.${asking.step}.button`)}
          busy={isBusy}
          onConfirm={() => void take(asking)}
          onCancel={() => setAsking(null)}
          testId="step-confirm"
        />
      )}
      {asking?.pending && (asking.step === 'close' || asking.step === 'publish') && (
        <Notice tone="warning" data-testid="step-pending">
          <p>{t(`cyclesAdmin.steps.${asking.step}.pending`, { count: asking.pending.length })}</p>
          <CountryStatusList items={asking.pending} testId="pending-list" />
          <ConfirmPanel
            message={t(`cyclesAdmin.steps.${asking.step}.forceQuestion`)}
            confirmLabel={t(`cyclesAdmin.steps.${asking.step}.force`)}
            busy={isBusy}
            onConfirm={() => void take(asking)}
            onCancel={() => setAsking(null)}
            testId="step-force"
          />
        </Notice>
      )}
      <FormError message={error} />
    </section>
  );
}
