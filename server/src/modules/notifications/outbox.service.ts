import { fillPlaceholders, placeholdersIn } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { seal, unseal } from '../../core/secrets.js';
import { textToHtml } from './email-html.js';
import type { EmailTemplate } from './email-template.entity.js';
import { findTemplate } from './email-template.service.js';
import { OutboxEmail } from './outbox-email.entity.js';
import { missingVariables, SECRET_VARIABLES } from './template-render.js';
import type { Language } from '@portal/shared';

export type TemplateEmail = {
  to: string;
  /** e.g. `welcome`, `magic-link`, `login-code`. */
  templateKey: string;
  language: Language;
  /** Values for the template's |variable| placeholders, e.g. { client_name, portal_link }. */
  variables: Record<string, string>;
  now: Date;
  /** When the link or code in `variables` stops working: the e-mail is not delivered after that. */
  secretExpiresAt?: Date;
};

/** What `text` says of a message whose body is sealed (or erased): never the body itself. */
export const SEALED_TEXT = '[not shown: carries a sign-in link or code]';

export type OutboxBody = { subject: string; text: string; html: string | null };

/**
 * The body to deliver: opened from `sealedBody` for a secret-carrying message. Only the delivery worker calls this (and tests reading what the
 * worker would send); an erased body throws.
 */
export function outboxBody(message: OutboxEmail): OutboxBody {
  if (!message.carriesSecret) return { subject: message.subject, text: message.text, html: message.html };
  if (!message.sealedBody) throw new Error(`The body of e-mail ${message.id} was erased`);
  return JSON.parse(unseal(message.sealedBody)) as OutboxBody;
}

/**
 * Renders the template (its `language`, else Spanish) and persists the message into `em`'s
 * unit of work without flushing: it is written by the caller's flush/commit, in the same
 * transaction as the change that causes it, so a rolled-back change never sends an e-mail.
 * The caller MUST flush (or commit its `em.transactional`) afterwards.
 */
export async function enqueueTemplateEmail(em: EntityManager, email: TemplateEmail): Promise<OutboxEmail> {
  return enqueueRenderedTemplate(em, await findTemplate(em, email.templateKey, email.language), email);
}

/** As `enqueueTemplateEmail`, with the template already loaded (and checked) by the caller. */
export function enqueueRenderedTemplate(em: EntityManager, template: EmailTemplate, email: TemplateEmail): OutboxEmail {
  const missing = missingVariables(email.templateKey, email.variables);
  if (missing.length > 0) {
    throw new Error(`E-mail '${email.templateKey}' enqueued without the variable(s) ${missing.join(', ')}`);
  }
  const text = fillPlaceholders(template.body, email.variables);
  const message = new OutboxEmail();
  message.to = email.to.trim();
  // A header is one line (a value with a line break must not split it) and the column holds 255.
  const subject = fillPlaceholders(template.subject, email.variables).replace(/\s*[\r\n]+\s*/g, ' ').trim().slice(0, 255);
  const carries = (source: string) => placeholdersIn(source).some((name) => SECRET_VARIABLES.has(name) && Object.hasOwn(email.variables, name));
  message.templateKey = email.templateKey;
  message.carriesSecret = carries(template.body) || carries(template.subject);
  const body: OutboxBody = { subject, text, html: textToHtml(text) };
  if (message.carriesSecret) {
    // Neither the admin screens nor a database reader may see a live link or code.
    message.subject = carries(template.subject) ? SEALED_TEXT : subject;
    message.text = SEALED_TEXT;
    message.html = null;
    message.sealedBody = seal(JSON.stringify(body));
    message.secretExpiresAt = email.secretExpiresAt ?? null;
  } else {
    message.subject = subject;
    message.text = body.text;
    message.html = body.html;
  }
  message.createdAt = email.now;
  message.nextAttemptAt = email.now;
  em.persist(message);
  return message;
}
