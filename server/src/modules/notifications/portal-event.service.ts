import { placeholdersIn, placeholderList } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadTemplate } from './email-template.service.js';
import type { OutboxEmail } from './outbox-email.entity.js';
import { enqueueRenderedTemplate, type TemplateEmail } from './outbox.service.js';
import { PortalEventAction } from './portal-event-action.entity.js';
import type { PortalEvent } from './portal-event.js';

/** Placeholders an event's template must carry, or the e-mail would be useless. */
export const REQUIRED_PLACEHOLDERS: Partial<Record<PortalEvent, string[]>> = {
  'login-code': ['client_code_verification'],
};

/** The portal's actions are configuration: a missing or broken one is a fault of the deployment. */
export class PortalEventMisconfigured extends Error {
  constructor(event: PortalEvent, reason: string) {
    super(`Portal event '${event}' is misconfigured: ${reason}`);
    this.name = 'PortalEventMisconfigured';
  }
}

/**
 * Enqueues the template the event's action points at (see `enqueueTemplateEmail`: persisted
 * in `em`, the caller flushes/commits). Throws PortalEventMisconfigured when the action is
 * missing, disabled or without a template, or its template lacks a placeholder the event needs.
 */
export async function enqueuePortalEventEmail(
  em: EntityManager,
  event: PortalEvent,
  email: Omit<TemplateEmail, 'templateKey'>,
): Promise<OutboxEmail> {
  const action = await em.findOne(PortalEventAction, { event });
  if (!action) throw new PortalEventMisconfigured(event, 'no action is configured');
  if (!action.enabled) throw new PortalEventMisconfigured(event, 'its action is disabled');
  if (!action.templateKey) throw new PortalEventMisconfigured(event, 'its action names no template');

  const template = await loadTemplate(em, action.templateKey, email.language);
  if (!template) throw new PortalEventMisconfigured(event, `its template '${action.templateKey}' does not exist`);
  const carried = placeholdersIn(template.body);
  const lacking = (REQUIRED_PLACEHOLDERS[event] ?? []).filter((name) => !carried.includes(name));
  if (lacking.length > 0) {
    throw new PortalEventMisconfigured(
      event,
      `template '${template.key}' (${template.language}) lacks ${placeholderList(lacking)} in its body`,
    );
  }
  return enqueueRenderedTemplate(em, template, { ...email, templateKey: action.templateKey });
}

/**
 * Raises a customer-portal event (document uploaded, offer accepted…): runs the action admins
 * configured for it, or nothing when none is configured or it is disabled. Persisted in `em`:
 * the caller's flush/commit writes the e-mail with the change that caused it (outbox).
 */
export async function raisePortalEvent(
  em: EntityManager,
  event: Exclude<PortalEvent, 'login-code'>,
  email: Omit<TemplateEmail, 'templateKey'>,
): Promise<OutboxEmail | null> {
  const action = await em.findOne(PortalEventAction, { event });
  if (!action?.enabled || !action.templateKey) return null;
  return enqueuePortalEventEmail(em, event, email);
}
