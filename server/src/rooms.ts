import type { FastifyInstance } from 'fastify';
import type { AppDb, DbKind } from './db/database.ts';
import type { SessionCookie } from './http/authenticate.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { createNotificationsService } from './modules/notifications/notifications.service.ts';
import { queueAccountMail } from './modules/mail/mail-queue.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { createNotifier } from './modules/notifications/notify.ts';
import { createMailService } from './modules/mail/mail.service.ts';
import { mailRoutes } from './modules/mail/mail.routes.ts';
import { createPublicResultsService } from './modules/public/public-results.service.ts';
import { publicRoutes } from './modules/public/public.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createUsersService } from './modules/users/users.service.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { createCountriesService } from './modules/countries/countries.service.ts';
import { countriesRoutes } from './modules/countries/countries.routes.ts';
import { createAuditQueryService } from './modules/audit/audit.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { createMethodologyCache } from './modules/methodology/methodology-cache.ts';
import { assessmentsRoutes } from './modules/assessments/assessments.routes.ts';
import { createAssessmentsService } from './modules/assessments/assessments.service.ts';
import { createTransitionsService } from './modules/assessments/transitions.service.ts';
import { answersRoutes } from './modules/answers/answers.routes.ts';
import { createAnswersService } from './modules/answers/answers.service.ts';
import { createCorrectionsService } from './modules/answers/corrections.service.ts';
import { evidenceRoutes } from './modules/evidence/evidence.routes.ts';
import { createEvidenceService } from './modules/evidence/evidence.service.ts';
import { reviewRoutes } from './modules/review/review.routes.ts';
import { createReviewService } from './modules/review/review.service.ts';
import { createThreadsService } from './modules/review/threads.service.ts';
import { createMethodologyService } from './modules/methodology/methodology.service.ts';
import { createConsultationService } from './modules/methodology/consultation.service.ts';
import { methodologyRoutes } from './modules/methodology/methodology.routes.ts';
import { createMethodologySheetService } from './modules/methodology/methodology-sheet.service.ts';
import { createWorkbenchService } from './modules/workbench/workbench.service.ts';
import { workbenchRoutes } from './modules/workbench/workbench.routes.ts';
import { createCyclesService } from './modules/cycles/cycles.service.ts';
import { createCycleStepsService } from './modules/cycles/cycle-steps.service.ts';
import { cyclesRoutes } from './modules/cycles/cycles.routes.ts';
import { createCycleExportService } from './modules/cycles/answers-export.ts';
import { cycleExportRoutes } from './modules/cycles/cycle-export.routes.ts';
import { createPublicationService } from './modules/publication/publication.service.ts';
import { publicationRoutes } from './modules/publication/publication.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { createImportsService } from './modules/imports/imports.service.ts';
import { practiceRoutes } from './modules/practice/practice.routes.ts';
import { createPracticeService } from './modules/practice/practice.service.ts';
import { plannerRoutes } from './modules/planner/planner.routes.ts';
import { createCatalogueService } from './modules/planner/catalogue.service.ts';
import { createPlannerService } from './modules/planner/planner.service.ts';

export interface RoomDeps {
  /** the application role's database (row-level security) */
  db: AppDb;
  dbKind: DbKind;
  now: () => Date;
  cookie: SessionCookie;
  /** the platform's address as people reach it: links in mail start with it */
  publicUrl: string;
}

/**
 * Every room of the API (one per resource, in `modules/<room>/`): its services, built once and
 * handed to its routes. A room's routes come from its contracts in `shared/src/api/<room>.ts`.
 */
export async function registerRooms(app: FastifyInstance, { db, dbKind, now, cookie, publicUrl }: RoomDeps): Promise<void> {
  const methodologyOf = createMethodologyCache(db);
  const notifier = createNotifier({ publicUrl });

  // system
  await app.register(healthRoutes, { db, dbKind });

  // people: auth, users, countries, audit
  await app.register(authRoutes, { auth: createAuthService({ db, now, publicUrl, queueAccountMail }), cookie });
  await app.register(usersRoutes, { users: createUsersService({ db, now, publicUrl, queueAccountMail }) });
  await app.register(countriesRoutes, { countries: createCountriesService({ db, now }) });
  await app.register(auditRoutes, { audit: createAuditQueryService({ db }) });

  // the questionnaire and its review: assessments (states and transitions) ← answers, evidence, review
  await app.register(assessmentsRoutes, {
    assessments: createAssessmentsService({ db, now, methodologyOf }),
    transitions: createTransitionsService({ db, now, methodologyOf, notifier }),
  });
  await app.register(answersRoutes, {
    answers: createAnswersService({ db, now, methodologyOf }),
    corrections: createCorrectionsService({ db, now, methodologyOf, notifier }),
  });
  await app.register(evidenceRoutes, { evidence: createEvidenceService({ db, now }) });
  await app.register(reviewRoutes, {
    review: createReviewService({ db, now, methodologyOf }),
    threads: createThreadsService({ db, now, methodologyOf, notifier }),
  });

  // notifications, and the mail that carries them (and account mail)
  await app.register(notificationsRoutes, { notifications: createNotificationsService({ db, now }) });
  await app.register(mailRoutes, { mail: createMailService({ db, now }) });

  // methodology and results: methodology, workbench, cycles, publication, public
  await app.register(methodologyRoutes, {
    methodologies: createMethodologyService({ db, now }),
    consultation: createConsultationService({ db, now }),
    sheets: createMethodologySheetService({ db, now }),
  });
  await app.register(workbenchRoutes, { workbench: createWorkbenchService({ db, now, methodologyOf }) });
  await app.register(cyclesRoutes, { cycles: createCyclesService({ db, now }), steps: createCycleStepsService({ db, now }) });
  await app.register(cycleExportRoutes, { exports: createCycleExportService({ db, now, methodologyOf }) });
  await app.register(publicationRoutes, { publication: createPublicationService({ db, now, notifier }) });
  const publicResults = createPublicResultsService({ db });
  await app.register(publicRoutes, { publicResults });
  await app.register(importsRoutes, { imports: createImportsService({ db, now }) });

  // the library of national practice (consent on evidence, the public library)
  const practice = createPracticeService({ db, now, methodologyOf, publicResults });
  await app.register(practiceRoutes, { practice });
  // from gaps to action: the capacity-building catalogue, action plans, requests, peers, demand
  await app.register(plannerRoutes, {
    catalogue: createCatalogueService({ db, now, methodologyOf }),
    planner: createPlannerService({ db, now, methodologyOf, notifier, practice }),
    now,
  });
}
