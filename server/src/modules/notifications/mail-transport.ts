import { createTransport } from 'nodemailer';
import type { Config } from '../../config.js';
import { linksIn } from './email-html.js';

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

// Standalone 6-digit words only: digits inside a link token are not a code.
const CODES = /(?<![\w-])\d{6}(?![\w-])/g;

/**
 * Local development without SMTP: the server log is the mailbox. One block per message with
 * what a person needs to sign in (its links and codes); the rest of the body is not printed.
 */
export function developmentLogTransport(log: (line: string) => void): MailTransport {
  return {
    delivers: true,
    async send(message) {
      const links = [...new Set(linksIn(message.text).map((link) => link.url))];
      const codes = [...new Set(message.text.match(CODES) ?? [])];
      log(
        [
          '',
          '──── E-mail (development log: SMTP_URL is not set) ────',
          `To:      ${message.to}`,
          `Subject: ${message.subject}`,
          ...links.map((link) => `Link:    ${link}`),
          ...codes.map((code) => `Code:    ${code}`),
          '────────────────────────────────────────────────────────',
        ].join('\n'),
      );
    },
    close: () => {},
  };
}

/** Production without SMTP_URL: deliver nothing, keep every message pending. */
export const heldTransport: MailTransport = {
  delivers: false,
  send: () => Promise.reject(new Error('No mail transport configured (SMTP_URL is not set)')),
  close: () => {},
};

/** SMTP_URL set: SMTP. Unset: the development log, except in production where mail is held. */
export function createMailTransport(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'isProduction'>,
  log: (line: string) => void,
): MailTransport {
  if (config.smtpUrl) return smtpTransport(config.smtpUrl, config.mailFrom);
  return config.isProduction ? heldTransport : developmentLogTransport(log);
}
