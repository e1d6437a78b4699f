import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language } from '../users/user.entity.js';
import type { OutboxEmail } from './outbox-email.entity.js';

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
 * Renders the template and writes the message to the outbox in `em`'s current unit of work:
 * it is delivered only if the caller's transaction commits. STUB: being implemented.
 */
export async function enqueueTemplateEmail(_em: EntityManager, _email: TemplateEmail): Promise<OutboxEmail> {
  throw new Error('enqueueTemplateEmail: not implemented yet');
}
