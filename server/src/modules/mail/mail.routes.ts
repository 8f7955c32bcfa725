import { mailApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { MailService } from './mail.service.ts';

export const mailRoutes = contractRoutes<{ mail: MailService }>((route, { mail }) => {
  route(mailApi.list, ({ query }) => mail.list(query));
  route(mailApi.resend, ({ auth, params, ip }) => mail.resend(auth, params.mailId, ip));
});
