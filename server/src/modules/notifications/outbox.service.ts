import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language } from '../users/user.entity.js';
import { textToHtml } from './email-html.js';
import type { EmailTemplate } from './email-template.entity.js';
import { findTemplate } from './email-template.service.js';
import { OutboxEmail } from './outbox-email.entity.js';
import { missingVariables, placeholdersIn, renderTemplate, SECRET_VARIABLES } from './template-render.js';

export type TemplateEmail = {
  to: string;
  /** e.g. `welcome`, `magic-link`, `login-code`. */
  templateKey: string;
  language: Language;
  /** Values for the template's |variable| placeholders, e.g. { client_name, portal_link }. */
  variables: Record<string, string>;
  now: Date;
};

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
  const text = renderTemplate(template.body, email.variables);
  const message = new OutboxEmail();
  message.to = email.to.trim();
  // A header is one line (a value with a line break must not split it) and the column holds 255.
  message.subject = renderTemplate(template.subject, email.variables).replace(/\s*[\r\n]+\s*/g, ' ').trim().slice(0, 255);
  message.text = text;
  message.html = textToHtml(text);
  message.templateKey = email.templateKey;
  message.carriesSecret = placeholdersIn(template.body).some((name) => SECRET_VARIABLES.has(name) && Object.hasOwn(email.variables, name));
  message.createdAt = email.now;
  message.nextAttemptAt = email.now;
  em.persist(message);
  return message;
}
