import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** What the test SMTP server received: the parsed message and its raw source. */
export interface ReceivedMail {
  parsed: ParsedMail;
  raw: string;
  /** the envelope's recipients */
  to: string[];
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port>, for SMTP_URL */
  url: string;
  received: ReceivedMail[];
  /** the next `times` messages are refused with this reply, at the end of DATA (451: try later; 554: refused for good) */
  refuseNext(times: number, code?: number): void;
  /** every message to this address is refused at RCPT TO with 550 (no such mailbox) */
  unknownMailbox(address: string): void;
  /** undoes `unknownMailbox`: the address receives again */
  acceptMailbox(address: string): void;
  /** resolves once `count` messages have been received in all */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

/**
 * A real SMTP server in the test process (the `smtp-server` package), plain text on 127.0.0.1 with
 * no authentication: it keeps every message it accepts, parsed with `mailparser`.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refusals: number[] = [];
  const unknown = new Set<string>();
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (unknown.has(address.address.toLowerCase())) return callback(smtpError('No such mailbox here', 550));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const code = refusals.shift();
        if (code) return callback(smtpError(code < 500 ? 'Try again later' : 'Message refused', code));
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            received.push({ parsed, raw, to: session.envelope.rcptTo.map((r) => r.address) });
            waiters.splice(0).forEach((wake) => wake());
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (times, code = 451) => refusals.push(...Array.from({ length: times }, () => code)),
    unknownMailbox: (address) => unknown.add(address.toLowerCase()),
    acceptMailbox: (address) => unknown.delete(address.toLowerCase()),
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`The SMTP server received ${received.length} message(s), not ${count}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
