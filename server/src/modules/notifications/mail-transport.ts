import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import type { Config } from '../../config.js';

export type OutgoingEmail = {
  /** Stable per outbox row, so a resend after a crash is recognisably the same message. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
};

/** Where the outbox worker hands messages. `send` resolves once the message is accepted. */
export interface MailTransport {
  /** false: nothing can deliver (production without SMTP_URL), messages wait in the outbox. */
  readonly delivers: boolean;
  send(message: OutgoingEmail): Promise<void>;
  close(): void;
}

/** SMTP through nodemailer: `url` like smtp://user:pass@host:587 (options may go in its query). */
export function smtpTransport(url: string, from: string): MailTransport {
  // Bounded timeouts: the worker holds the row's lock while it sends.
  const transporter = createTransport(
    { url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 },
    { from },
  );
  return {
    delivers: true,
    async send(message) {
      await transporter.sendMail({
        messageId: message.messageId,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
      });
    },
    close: () => transporter.close(),
  };
}

/** Safe as a file name: what a person recognises of the recipient, nothing a shell cares about. */
function fileNamePart(value: string): string {
  return value.replace(/[^A-Za-z0-9@._-]+/g, '_').slice(0, 80);
}

/**
 * Local development without SMTP: each message is written, complete, as an `.eml` file under
 * `dir` (open it with any mail program), like nodemailer's stream transport. The log says only
 * where: a log must never hold a sign-in code or link, whoever reads it.
 */
export function developmentFileTransport(dir: string, from: string, log: (line: string) => void): MailTransport {
  const transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from });
  return {
    delivers: true,
    async send(message) {
      const info = await transporter.sendMail({
        messageId: message.messageId,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
      });
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(dir, `${stamp}-${fileNamePart(message.to)}-${randomBytes(3).toString('hex')}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      log(`E-mail written to ${file} (SMTP_URL is not set)`);
    },
    close: () => transporter.close(),
  };
}

/** Production without SMTP_URL: deliver nothing, keep every message pending. */
export const heldTransport: MailTransport = {
  delivers: false,
  send: () => Promise.reject(new Error('No mail transport configured (SMTP_URL is not set)')),
  close: () => {},
};

/** Where development e-mails go when SMTP_URL is unset. */
export function mailDirectory(dataDir: string): string {
  return path.join(dataDir, 'mail');
}

/** SMTP_URL set: SMTP. Unset: files under dataDir/mail, except in production where mail is held. */
export function createMailTransport(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'isProduction' | 'dataDir'>,
  log: (line: string) => void,
): MailTransport {
  if (config.smtpUrl) return smtpTransport(config.smtpUrl, config.mailFrom);
  return config.isProduction ? heldTransport : developmentFileTransport(mailDirectory(config.dataDir), config.mailFrom, log);
}
