import { placeholderList } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput } from '../../core/errors.js';
import { EmailTemplate } from './email-template.entity.js';
import { PortalEventAction } from './portal-event-action.entity.js';
import type { PortalEventActionView } from './portal-event-action.admin.types.js';
import { PORTAL_EVENTS, type PortalEvent } from './portal-event.js';
import {
  PORTAL_EVENT_VARIABLES,
  requiredPlaceholders,
  translationsLacking,
  variablesError,
  variablesLacking,
} from './template-catalogue.js';

function view(event: PortalEvent, action: PortalEventAction | undefined): PortalEventActionView {
  return {
    event,
    templateKey: action?.templateKey ?? null,
    enabled: action ? action.enabled && action.templateKey !== null : false,
    variables: [...PORTAL_EVENT_VARIABLES[event]],
    requiredVariables: requiredPlaceholders(event),
  };
}

/** One row per portal event, configured or not, in PORTAL_EVENTS order. */
export async function listPortalEventActions(em: EntityManager): Promise<PortalEventActionView[]> {
  const actions = await em.find(PortalEventAction, {});
  return PORTAL_EVENTS.map((event) => view(event, actions.find((action) => action.event === event)));
}

/**
 * Points `event` at a template (or at none) and enables or disables it. The template must exist,
 * be given every variable it uses by the event, and carry the event's required placeholders in
 * the body of every language it exists in (login-code: |client_code_verification|).
 */
export async function updatePortalEventAction(
  em: EntityManager,
  input: { event: PortalEvent; templateKey: string | null; enabled: boolean },
): Promise<PortalEventActionView> {
  const event = input.event;
  const templateKey = input.templateKey?.trim() || null;
  const required = requiredPlaceholders(event);
  if (!templateKey && (input.enabled || required.length > 0)) {
    throw invalidInput('templateKey', 'REQUIRED', `choose the template '${event}' sends`);
  }
  if (templateKey) {
    const translations = await em.find(EmailTemplate, { key: templateKey });
    if (translations.length === 0) {
      throw invalidInput('templateKey', 'TEMPLATE_NOT_FOUND', `no e-mail template has the key '${templateKey}'`);
    }
    const lacking = translationsLacking(translations, required);
    if (lacking.length > 0) {
      const languages = lacking.map((entry) => entry.language);
      throw variablesError(
        'templateKey',
        'MISSING_REQUIRED_VARIABLE',
        `'${event}' needs a template whose body contains ${placeholderList(required)} in every language; '${templateKey}' lacks it in ${languages.join(', ')}`,
        required,
        { languages },
      );
    }
    const unsupported = variablesLacking(templateKey, translations, PORTAL_EVENT_VARIABLES[event]);
    if (unsupported.length > 0) {
      throw variablesError(
        'templateKey',
        'UNSUPPORTED_VARIABLES',
        `template '${templateKey}' uses ${placeholderList(unsupported)}, which '${event}' does not give (it gives ${placeholderList(PORTAL_EVENT_VARIABLES[event])})`,
        unsupported,
      );
    }
  }
  const action = (await em.findOne(PortalEventAction, { event })) ?? em.create(PortalEventAction, { event, templateKey, enabled: input.enabled });
  action.templateKey = templateKey;
  action.enabled = input.enabled;
  await em.flush();
  return view(event, action);
}
