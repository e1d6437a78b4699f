import { placeholdersIn } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInputError } from '../../core/errors.js';
import { AutomaticTrigger, triggerVariables } from './automatic-trigger.js';
import { EmailTemplate } from './email-template.entity.js';
import { PortalEventAction } from './portal-event-action.entity.js';
import { PORTAL_EVENTS, type PortalEvent } from './portal-event.js';
import { REQUIRED_PLACEHOLDERS } from './portal-event.service.js';
import { isTemplateKey, TEMPLATE_VARIABLES } from './template-render.js';

// Which |variables| a template may use: what the admin editor lists, accepts on save and fills
// with sample values in the preview. A built-in template (TEMPLATE_VARIABLES) gets what the
// server gives it; a custom one whatever any trigger or portal event gives; and a template an
// action points at only what every such action gives, or the e-mail would show a raw |name|.

/** The |variables| the code raising each portal event supplies (see the raisePortalEvent callers). */
export const PORTAL_EVENT_VARIABLES: Record<PortalEvent, readonly string[]> = {
  'login-code': TEMPLATE_VARIABLES['login-code'],
  'document-uploaded': ['client_name', 'installation_code', 'document_name', 'file_name'],
  'offer-accepted': ['client_name', 'installation_code', 'offer_title', 'offer_amount'],
  'visit-viewed': ['client_name', 'installation_code', 'installer_name', 'visit_start'],
  'roof-saved': ['client_name', 'installation_code', 'installation_address', 'roof_faces', 'panel_count', 'peak_power_kwp'],
  'incident-created': ['client_name', 'incident_type', 'incident_description', 'installation_code'],
  'personal-data-updated': ['client_name', 'client_phone', 'client_address'],
};

export function isPortalEvent(event: string): event is PortalEvent {
  return (PORTAL_EVENTS as readonly string[]).includes(event);
}

export function requiredPlaceholders(event: PortalEvent): string[] {
  return REQUIRED_PLACEHOLDERS[event] ?? [];
}

/** Everything a custom template may use: the variables of every trigger and every portal event. */
export function customTemplateVariables(): string[] {
  const all = new Set<string>();
  for (const trigger of Object.values(AutomaticTrigger)) for (const name of triggerVariables(trigger)) all.add(name);
  for (const event of PORTAL_EVENTS) for (const name of PORTAL_EVENT_VARIABLES[event]) all.add(name);
  return [...all];
}

/** What the server itself gives a template of this key (every trigger's and event's for a custom key). */
export function baseVariables(key: string): string[] {
  return isTemplateKey(key) ? [...TEMPLATE_VARIABLES[key]] : customTemplateVariables();
}

/** Something configured to send a template: a portal event action or an automatic action. */
export type TemplateUse =
  | { kind: 'PORTAL_EVENT'; event: PortalEvent; variables: readonly string[]; required: string[] }
  | { kind: 'AUTOMATIC_ACTION'; id: string; trigger: AutomaticTrigger; variables: readonly string[]; required: string[] };

export function describeUse(use: TemplateUse): string {
  return use.kind === 'PORTAL_EVENT' ? `portal event '${use.event}'` : `automatic action ${use.trigger}`;
}

/** Finds the rules of a module above this one that send template `key` (automatic actions). */
export type TemplateUseSource = (em: EntityManager, key: string) => Promise<TemplateUse[]>;

// Modules that send templates on rules of their own sit above notifications (they use its
// outbox), so they register a source here instead of notifications importing them.
const templateUseSources: TemplateUseSource[] = [];

export function addTemplateUseSource(source: TemplateUseSource): void {
  if (!templateUseSources.includes(source)) templateUseSources.push(source);
}

/** Every action (enabled or not) that points at template `key`. */
export async function templateUses(em: EntityManager, key: string): Promise<TemplateUse[]> {
  const events = await em.find(PortalEventAction, { templateKey: key }, { orderBy: { event: 'asc' } });
  const others: TemplateUse[] = [];
  for (const source of templateUseSources) others.push(...(await source(em, key)));
  return [
    ...events
      .filter((action) => isPortalEvent(action.event))
      .map((action): TemplateUse => {
        const event = action.event as PortalEvent;
        return { kind: 'PORTAL_EVENT', event, variables: PORTAL_EVENT_VARIABLES[event], required: requiredPlaceholders(event) };
      }),
    ...others,
  ];
}

/** The variables template `key` may use now: its base ones that every action using it gives. */
export function variablesFor(key: string, uses: readonly TemplateUse[]): string[] {
  return baseVariables(key).filter((name) => uses.every((use) => use.variables.includes(name)));
}

/**
 * Why template `key` (all of its languages) cannot be sent with `given` variables, or null when
 * it can: a built-in key needs every catalogue variable (the outbox refuses to send without
 * them), a custom one each placeholder it uses.
 */
export function variablesLacking(key: string, translations: readonly EmailTemplate[], given: readonly string[]): string[] {
  const used = isTemplateKey(key)
    ? [...TEMPLATE_VARIABLES[key]]
    : [...new Set(translations.flatMap((template) => [...placeholdersIn(template.subject), ...placeholdersIn(template.body)]))];
  return used.filter((name) => !given.includes(name));
}

/** The translations of `key` whose body lacks one of `required`, with what each lacks. */
export function translationsLacking(
  translations: readonly EmailTemplate[],
  required: readonly string[],
): { language: string; lacking: string[] }[] {
  return translations
    .map((template) => {
      const carried = placeholdersIn(template.body);
      return { language: template.language as string, lacking: required.filter((name) => !carried.includes(name)) };
    })
    .filter((entry) => entry.lacking.length > 0);
}


/** Preview values: realistic, never a working link or code. */
export function sampleValues(publicUrl: string): Record<string, string> {
  return {
    client_name: 'María García',
    portal_link: `${publicUrl}/auth/link#token=ejemplo`,
    link_valid_days: '7',
    client_code_verification: '123456',
    code_valid_minutes: '5',
    confirm_link: `${publicUrl}/profile/confirm-email#token=ejemplo`,
    contract_code: 'CT-2026-0001',
    cups: 'ES0021000000000001AA',
    installation_code: 'FV-2026-0001',
    substate_name: 'Visita técnica',
    offer_title: 'Instalación de 5,2 kWp',
    offer_amount: '6890.00',
    visit_date: '03/12/2026 10:00',
    installer_name: 'Instalaciones Solares del Norte',
    incident_title: 'El inversor no enciende',
    reply_text: 'Un técnico pasará a revisarlo el jueves por la mañana.',
    document_name: 'DNI del titular',
    file_name: 'dni.pdf',
    document_description: 'Una foto de cada cara, legible.',
    rejection_reason: 'La foto está borrosa: no se lee el número.',
    invoice_number: 'FE-2026-001092',
    invoice_total: '84,37',
    invoice_due_date: '15/01/2027',
    visit_start: '2026-12-03T09:00:00.000Z',
    installation_address: 'Calle Mayor 1, 28013 Madrid',
    roof_faces: '2',
    panel_count: '12',
    peak_power_kwp: '5.22',
    incident_type: 'Avería',
    incident_description: 'El inversor muestra una luz roja desde ayer.',
    client_phone: '600 123 456',
    client_address: 'Calle Mayor 1, 28013 Madrid',
  };
}

/** BAD_USER_INPUT naming the field, with the placeholders concerned (and more) for the editor to show. */
export function variablesError(
  argument: string,
  reason: string,
  message: string,
  variables: readonly string[],
  more: Record<string, unknown> = {},
): InvalidInputError {
  return new InvalidInputError(argument, reason, message, { variables, ...more });
}
