import type { Language } from '@portal/shared';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

/** What can happen in the back office that an admin may want a customer e-mailed about. */
export const AutomaticTrigger = graphqlEnum('AutomaticTrigger', [
  'CLIENT_REGISTERED', 'CONTRACT_ACTIVATED', 'INSTALLATION_ENTERED_SUBSTATE', 'OFFER_SHARED', 'VISIT_SCHEDULED',
  'INCIDENT_REPLIED', 'DOCUMENT_REQUESTED', 'DOCUMENT_REJECTED', 'INVOICE_ISSUED',
]);
export type AutomaticTrigger = EnumValue<typeof AutomaticTrigger>;

/** Every trigger's e-mail knows who it is for and how to enter the portal (the engine adds these). */
export const RECIPIENT_VARIABLES = ['client_name', 'portal_link'] as const;

/** The |variables| the code raising each trigger supplies, besides RECIPIENT_VARIABLES. */
export const TRIGGER_EVENT_VARIABLES = {
  CLIENT_REGISTERED: [],
  CONTRACT_ACTIVATED: ['contract_code', 'cups'],
  INSTALLATION_ENTERED_SUBSTATE: ['installation_code', 'substate_name'],
  OFFER_SHARED: ['installation_code', 'offer_title', 'offer_amount'],
  VISIT_SCHEDULED: ['installation_code', 'visit_date', 'installer_name'],
  INCIDENT_REPLIED: ['incident_title', 'reply_text'],
  DOCUMENT_REQUESTED: ['installation_code', 'document_name', 'document_description'],
  DOCUMENT_REJECTED: ['installation_code', 'document_name', 'rejection_reason'],
  INVOICE_ISSUED: ['invoice_number', 'invoice_total', 'invoice_due_date', 'cups'],
} as const satisfies Record<AutomaticTrigger, readonly string[]>;

/** A value given once, or once per language (a step's name): the recipient's language picks it. */
export type EventVariable = string | Readonly<Record<Language, string>>;

export type TriggerEventVariables<T extends AutomaticTrigger> = Record<(typeof TRIGGER_EVENT_VARIABLES)[T][number], EventVariable>;

/** Everything a template sent on `trigger` may use. */
export function triggerVariables(trigger: AutomaticTrigger): string[] {
  return [...RECIPIENT_VARIABLES, ...TRIGGER_EVENT_VARIABLES[trigger]];
}
