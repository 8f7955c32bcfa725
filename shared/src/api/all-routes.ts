import type { AnyRoute } from './route.ts';
import { systemApi } from './system.ts';
import { authApi } from './auth.ts';
import { usersApi } from './users.ts';
import { countriesApi } from './countries.ts';
import { auditApi } from './audit.ts';
import { assessmentsApi } from './assessments.ts';
import { answersApi } from './answers.ts';
import { evidenceApi } from './evidence.ts';
import { reviewApi } from './review.ts';
import { notificationsApi } from './notifications.ts';
import { methodologyApi } from './methodology.ts';
import { workbenchApi } from './workbench.ts';
import { cyclesApi } from './cycles.ts';
import { publicationApi } from './publication.ts';
import { publicApi } from './public.ts';
import { mailApi } from './mail.ts';
import { importsApi } from './imports.ts';
import { practiceApi } from './practice.ts';
import { plannerApi } from './planner.ts';

/** Every route of the API, by room: for the server's checks and tests (the server registers them room by room). */
export const API_ROUTES: readonly AnyRoute[] = [
  systemApi,
  authApi,
  usersApi,
  countriesApi,
  auditApi,
  assessmentsApi,
  answersApi,
  evidenceApi,
  reviewApi,
  notificationsApi,
  methodologyApi,
  workbenchApi,
  cyclesApi,
  publicationApi,
  publicApi,
  mailApi,
  importsApi,
  practiceApi,
  plannerApi,
].flatMap((room) => Object.values<AnyRoute>(room));
