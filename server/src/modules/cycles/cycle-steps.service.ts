import { checkCycleAction, OPEN_REVIEW_STATUSES, type CycleAction, type CycleDetail } from '@gci/shared';
import type { Transaction, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CycleRow, CyclesTable, Database } from '../../db/tables.ts';
import { AppError, conflict } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { findMethodologyVersion } from '../methodology/methodology.repository.ts';
import { toPending } from './cycle-view.ts';
import { insertMissingAssessments, listPendingAssessments, updateCycle } from './cycles.repository.ts';
import { illegalCycleStep, loadCycleDetail, requireCycle } from './cycles.service.ts';

type Trx = Transaction<Database>;
/** What a step changes besides the state, and what its audit entry adds. */
interface StepEffects {
  changes: Updateable<CyclesTable>;
  audit?: Record<string, unknown>;
}

const isAlreadyOpen = (error: unknown) =>
  error instanceof AppError && error.code === 'illegal_transition' && (error.extra.details as { status?: string } | undefined)?.status === 'open';

type Step = Exclude<CycleAction, 'publish'>;

const WORDS: Record<Step, string> = {
  open: 'open the cycle',
  close: 'close the cycle',
  start_validation: 'start validation',
  end_validation: 'end the validation window',
};

/** The audit log's name for each step (`cycle.published` is the publication room's). */
const AUDIT_ACTIONS: Record<Step, string> = {
  open: 'cycle.opened',
  close: 'cycle.closed',
  start_validation: 'cycle.validation_started',
  end_validation: 'cycle.validation_ended',
};

/**
 * The steps of a cycle's life an administrator takes (publishing is the publication room's): each
 * in one transaction that first locks the cycle's row, so two steps never interleave; each refused
 * out of order with the current state (409 `illegal_transition`), and audited.
 */
export function createCycleStepsService({ db, now }: { db: Db; now: () => Date }) {
  /** Locks the cycle, checks the step, runs `rules` (which may refuse), applies `changes` and audits. */
  async function step(
    auth: ResolvedSession,
    id: string,
    action: Step,
    ip: string | null,
    rules: (trx: Trx, cycle: CycleRow, at: Date) => StepEffects | Promise<StepEffects>,
  ): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const cycle = await requireCycle(trx, id, { forUpdate: true });
      const at = now();
      const check = checkCycleAction(cycle, action, at);
      if (!check.ok) {
        if (check.reason === 'validation_window')
          throw new AppError(409, 'illegal_transition', 'The validation window has ended already', { details: { status: cycle.status } });
        throw illegalCycleStep(cycle, WORDS[action]);
      }
      const { changes, audit } = await rules(trx, cycle, at);
      const after = await updateCycle(trx, id, { status: check.to, ...changes });
      await recordAudit(
        trx,
        {
          actor: auth.user,
          action: AUDIT_ACTIONS[action],
          entityType: 'cycle',
          entityId: id,
          before: { status: cycle.status },
          after: { status: after.status, ...audit },
          ip,
        },
        at,
      );
    });
  }

  return {
    /**
     * Opens a draft: one assessment per participating country. Idempotent: an open cycle is
     * answered as it is (a retry, or the loser of two opens at once, behind the row lock), and the
     * unique (cycle, country) key makes a second assessment for a country impossible anyway.
     */
    async open(auth: ResolvedSession, id: string, ip: string | null): Promise<CycleDetail> {
      try {
        await step(auth, id, 'open', ip, async (trx, cycle, at) => {
          const version = await findMethodologyVersion(trx, cycle.methodologyVersionId);
          if (version?.status !== 'published')
            throw conflict(`Methodology ${version?.key ?? ''} is ${version?.status ?? 'missing'}: a cycle opens on a published version`);
          const created = await insertMissingAssessments(trx, id, at);
          return { changes: { openedAt: at }, audit: { assessmentsCreated: created.map((a) => a.countryIso3) } };
        });
      } catch (error) {
        if (!isAlreadyOpen(error)) throw error;
      }
      return loadCycleDetail(db, id, now());
    },

    /** Closes an open cycle; with reviews still open, only when the administrator confirms (409 listing them otherwise). */
    async close(auth: ResolvedSession, id: string, confirm: boolean, ip: string | null): Promise<CycleDetail> {
      await step(auth, id, 'close', ip, async (trx, cycle, at) => {
        const open = (await listPendingAssessments(trx, cycle.id, OPEN_REVIEW_STATUSES, { orOpenThreads: true })).map(toPending);
        if (open.length && !confirm) {
          throw conflict(`${open.length} review(s) are still open: confirm to close the ${cycle.year} cycle anyway`, { openReviews: open });
        }
        return { changes: { closedAt: at }, audit: { openReviewsConfirmed: open.map((p) => p.iso3) } };
      });
      return loadCycleDetail(db, id, now());
    },

    async startValidation(auth: ResolvedSession, id: string, ip: string | null): Promise<CycleDetail> {
      await step(auth, id, 'start_validation', ip, (_trx, _cycle, at) => ({ changes: { validationStartedAt: at } }));
      return loadCycleDetail(db, id, now());
    },

    /** Ends the validation window now, so that the cycle can be published before the planned end. */
    async endValidation(auth: ResolvedSession, id: string, ip: string | null): Promise<CycleDetail> {
      await step(auth, id, 'end_validation', ip, (_trx, cycle, at) => ({
        changes: { validationEndedAt: at },
        audit: { validationClosesAt: new Date(cycle.validationClosesAt).toISOString(), validationEndedAt: at.toISOString() },
      }));
      return loadCycleDetail(db, id, now());
    },
  };
}
export type CycleStepsService = ReturnType<typeof createCycleStepsService>;
