import { z } from 'zod';
import { LocaleSchema } from '../schemas/locale.ts';
import { routeGroup, type RouteDocs, type AnyRoute } from './route.ts';

/** Where a message is: waiting (or retrying), being sent by a worker, delivered, or given up on. */
export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;
export const MailStatusSchema = z.enum(MAIL_STATUSES);
export type MailStatus = z.infer<typeof MailStatusSchema>;

/** The lists an administrator reads: dead letters, the queue (pending and sending), and what was sent. */
export const MAIL_LISTS = ['dead', 'pending', 'sent'] as const;
export type MailList = (typeof MAIL_LISTS)[number];

export const MailListQuerySchema = z
  .object({
    status: z.enum(MAIL_LISTS).default('dead'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type MailListQuery = z.infer<typeof MailListQuerySchema>;

/** One outbox message as administrators see it: never its text, which may hold a one-time link. */
export const MailMessageSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  /** the template kind (invitation, password_reset, assessment_returned, …), or 'notice' for older messages */
  kind: z.string(),
  locale: LocaleSchema,
  status: MailStatusSchema,
  /** attempts begun since it was queued or last sent again */
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** pending: when a worker tries it next */
  nextAttemptAt: z.iso.datetime().nullable(),
  sentAt: z.iso.datetime().nullable(),
  deadAt: z.iso.datetime().nullable(),
});
export type MailMessage = z.infer<typeof MailMessageSchema>;

export const MailPageSchema = z.object({
  messages: z.array(MailMessageSchema),
  /** messages in the list, over every page */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MailPage = z.infer<typeof MailPageSchema>;

const docs = {
  listMail: { summary: 'Outgoing mail in one state, newest first, a page at a time: dead letters (by default), the queue, or sent' },
  resendMail: {
    summary: 'Put a dead message back in the queue, with a fresh set of attempts',
    description: '404 when there is no such message; 409 when it is not dead (queued, being sent or sent).',
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'mail', access: ['admin'], docs });

/** The routes of this room, one a line (what each does for the API document is in `docs` above). */
export const mailApi = {
  list: route.get('/api/admin/mail', { id: 'listMail', query: MailListQuerySchema, responses: { 200: MailPageSchema } }),
  resend: route.post('/api/admin/mail/:mailId/resend', { id: 'resendMail', responses: { 200: z.object({ message: MailMessageSchema }) }, errors: [409] }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const mailComponents: Readonly<Record<string, z.ZodType>> = { MailMessage: MailMessageSchema };
