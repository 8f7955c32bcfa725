import { answersApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { AnswersService } from './answers.service.ts';
import type { CorrectionsService } from './corrections.service.ts';

export const answersRoutes = contractRoutes<{ answers: AnswersService; corrections: CorrectionsService }>((route, { answers, corrections }) => {
  route(answersApi.save, ({ auth, params, headers, body, ip }) => answers.save(auth, params, body, headers['idempotency-key'], ip));
  route(answersApi.confirm, ({ auth, params, body, ip }) => answers.confirmCarriedOver(auth, params, body.baseVersion, ip));
  route(answersApi.history, async ({ auth, params }) => ({ history: await answers.history(auth, params) }));
  route(answersApi.correct, ({ auth, params, body, ip }) => corrections.correct(auth, params, body, ip));
});
