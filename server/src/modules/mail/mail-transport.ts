import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import type { OutgoingMail, SendMail } from './mail-delivery.ts';

/** Where the mail worker's lines go (Fastify's logger, or the console in the command-line worker). */
export interface MailLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface MailSender {
  send: SendMail;
  /** ends pooled SMTP connections */
  close(): void;
  /** for the start-up line: "SMTP smtp.example.org:587" or ".eml files in ./data/mail" */
  description: string;
}

// Every timeout well under the lease (mail-delivery.ts LEASE_MS), so a live worker never outlasts it.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 120_000 };

/** The domain of the sender's address, for Message-IDs (`<outbox-id@domain>`). */
export function senderDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'gci.invalid';
}

/** The message as nodemailer takes it: both parts, the outbox id as Message-ID, marked automatic. */
export function mailMessage(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    messageId: `<${mail.id}@${senderDomain(from)}>`,
    date: mail.createdAt,
    headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.locale },
  };
}

/** SMTP through nodemailer, with a small pool of connections (STARTTLS when offered, required if configured). */
function smtpSender(transport: Extract<Config['mail']['transport'], { kind: 'smtp' }>, from: string): MailSender {
  const transporter = nodemailer.createTransport({
    url: transport.url,
    pool: true,
    maxConnections: 2,
    requireTLS: transport.requireTls,
    tls: { rejectUnauthorized: transport.tlsVerify },
    ...SMTP_TIMEOUTS,
  });
  const address = new URL(transport.url);
  return {
    send: async (mail) => {
      await transporter.sendMail(mailMessage(mail, from));
    },
    close: () => transporter.close(),
    description: `SMTP ${address.hostname}:${address.port || (address.protocol === 'smtps:' ? 465 : 587)}`,
  };
}

/** The addresses in a text part, once each: what a newcomer follows from the log. */
export const linksIn = (text: string): string[] => [...new Set(text.match(/https?:\/\/[^\s<>"]+/g) ?? [])];

/**
 * Without SMTP: each message is written as a standard .eml file (open it in any mail program) under
 * `dir`, named by its creation time and outbox id (sending again rewrites the same file), and a log
 * line gives the file and the links in it.
 */
function filesSender(dir: string, from: string, log: MailLog): MailSender {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (mail) => {
      const { message } = await composer.sendMail(mailMessage(mail, from));
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${mail.createdAt.toISOString().replaceAll(':', '-')}-${mail.id}.eml`);
      await writeFile(`${file}.tmp`, message as Buffer);
      await rename(`${file}.tmp`, file);
      const links = linksIn(mail.text);
      log.info(`Mail to ${mail.to} ("${mail.subject}") written to ${file}${links.length ? `; links: ${links.join(' ')}` : ''}`);
    },
    close: () => composer.close(),
    description: `.eml files in ${dir}`,
  };
}

/** The sender the configuration asks for: SMTP when SMTP_URL is set, else .eml files under DATA_DIR/mail. */
export function createMailSender(mail: Config['mail'], log: MailLog): MailSender {
  return mail.transport.kind === 'smtp' ? smtpSender(mail.transport, mail.from) : filesSender(mail.transport.dir, mail.from, log);
}
