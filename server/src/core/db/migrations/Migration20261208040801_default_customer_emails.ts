import { Migration } from '@mikro-orm/migrations';

export type DefaultTemplate = { key: string; language: 'es' | 'en'; subject: string; body: string };

export const SIGNATURE_ES = 'Un saludo,\nEl equipo de atención al cliente';
export const SIGNATURE_EN = 'Kind regards,\nThe customer care team';

/** Triggers of automatic actions, as the check constraint lists them. */
const TRIGGERS_BEFORE = ['CLIENT_REGISTERED', 'CONTRACT_ACTIVATED', 'INSTALLATION_ENTERED_SUBSTATE', 'OFFER_SHARED', 'VISIT_SCHEDULED', 'INCIDENT_REPLIED'];
export const TRIGGERS = [...TRIGGERS_BEFORE, 'DOCUMENT_REQUESTED', 'DOCUMENT_REJECTED'];

/** Issue 17: what a customer is told out of the box. Each template is sent by the action of the same row. */
const DEFAULTS: { trigger: string; templates: DefaultTemplate[] }[] = [
  {
    trigger: 'INCIDENT_REPLIED',
    templates: [
      {
        key: 'incident-replied',
        language: 'es',
        subject: 'Tenemos respuesta a tu incidencia: |incident_title|',
        body: `Hola |client_name|:\n\nHemos respondido a tu incidencia "|incident_title|":\n\n|reply_text|\n\nPuedes leer la conversación y contestarnos desde tu Portal de clientes:\n|portal_link|\n\n${SIGNATURE_ES}`,
      },
      {
        key: 'incident-replied',
        language: 'en',
        subject: 'We have replied to your incident: |incident_title|',
        body: `Hello |client_name|,\n\nWe have replied to your incident "|incident_title|":\n\n|reply_text|\n\nYou can read the conversation and answer us in your Customer Portal:\n|portal_link|\n\n${SIGNATURE_EN}`,
      },
    ],
  },
  {
    trigger: 'OFFER_SHARED',
    templates: [
      {
        key: 'offer-shared',
        language: 'es',
        subject: 'Tu oferta para la instalación |installation_code| está lista',
        body: `Hola |client_name|:\n\nYa tienes disponible la oferta "|offer_title|" (|offer_amount| €) para tu instalación |installation_code|.\n\nRevísala y elige la que prefieras en tu Portal de clientes:\n|portal_link|\n\n${SIGNATURE_ES}`,
      },
      {
        key: 'offer-shared',
        language: 'en',
        subject: 'Your offer for installation |installation_code| is ready',
        body: `Hello |client_name|,\n\nThe offer "|offer_title|" (€|offer_amount|) for your installation |installation_code| is ready.\n\nReview it and choose the one you prefer in your Customer Portal:\n|portal_link|\n\n${SIGNATURE_EN}`,
      },
    ],
  },
  {
    trigger: 'VISIT_SCHEDULED',
    templates: [
      {
        key: 'visit-scheduled',
        language: 'es',
        subject: 'Visita a tu instalación |installation_code|: |visit_date|',
        body: `Hola |client_name|:\n\nHemos programado (o cambiado) la visita a tu instalación |installation_code|:\n\nFecha: |visit_date|\nInstalador: |installer_name|\n\nTienes los detalles, y puedes añadirla a tu calendario, en tu Portal de clientes:\n|portal_link|\n\n${SIGNATURE_ES}`,
      },
      {
        key: 'visit-scheduled',
        language: 'en',
        subject: 'Visit to your installation |installation_code|: |visit_date|',
        body: `Hello |client_name|,\n\nWe have scheduled (or changed) the visit to your installation |installation_code|:\n\nDate: |visit_date|\nInstaller: |installer_name|\n\nThe details, and a calendar entry, are in your Customer Portal:\n|portal_link|\n\n${SIGNATURE_EN}`,
      },
    ],
  },
  {
    trigger: 'DOCUMENT_REQUESTED',
    templates: [
      {
        key: 'document-requested',
        language: 'es',
        subject: 'Necesitamos un documento para tu instalación |installation_code|',
        body: `Hola |client_name|:\n\nPara seguir con tu instalación |installation_code| necesitamos este documento: |document_name|\n\n|document_description|\n\nPuedes subirlo desde tu Portal de clientes:\n|portal_link|\n\n${SIGNATURE_ES}`,
      },
      {
        key: 'document-requested',
        language: 'en',
        subject: 'We need a document for your installation |installation_code|',
        body: `Hello |client_name|,\n\nTo go on with your installation |installation_code| we need this document: |document_name|\n\n|document_description|\n\nYou can upload it in your Customer Portal:\n|portal_link|\n\n${SIGNATURE_EN}`,
      },
    ],
  },
  {
    trigger: 'DOCUMENT_REJECTED',
    templates: [
      {
        key: 'document-rejected',
        language: 'es',
        subject: 'Hay que volver a subir "|document_name|"',
        body: `Hola |client_name|:\n\nHemos revisado el documento "|document_name|" de tu instalación |installation_code| y no podemos aceptarlo por este motivo:\n\n|rejection_reason|\n\nPuedes subirlo de nuevo desde tu Portal de clientes:\n|portal_link|\n\n${SIGNATURE_ES}`,
      },
      {
        key: 'document-rejected',
        language: 'en',
        subject: 'Please upload "|document_name|" again',
        body: `Hello |client_name|,\n\nWe have reviewed the document "|document_name|" for your installation |installation_code| and cannot accept it, for this reason:\n\n|rejection_reason|\n\nYou can upload it again in your Customer Portal:\n|portal_link|\n\n${SIGNATURE_EN}`,
      },
    ],
  },
  {
    trigger: 'INSTALLATION_ENTERED_SUBSTATE',
    templates: [
      {
        key: 'installation-step',
        language: 'es',
        subject: 'Tu instalación |installation_code| avanza: |substate_name|',
        body: `Hola |client_name|:\n\nTu instalación |installation_code| ha pasado a un nuevo paso: |substate_name|.\n\nPuedes ver en qué punto está y qué viene después en tu Portal de clientes:\n|portal_link|\n\n${SIGNATURE_ES}`,
      },
      {
        key: 'installation-step',
        language: 'en',
        subject: 'Your installation |installation_code| moves on: |substate_name|',
        body: `Hello |client_name|,\n\nYour installation |installation_code| has moved to a new step: |substate_name|.\n\nSee where it stands and what comes next in your Customer Portal:\n|portal_link|\n\n${SIGNATURE_EN}`,
      },
    ],
  },
];

export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function triggerCheck(triggers: string[]): string[] {
  return [
    `alter table "automatic_action" drop constraint if exists "automatic_action_trigger_check";`,
    `alter table "automatic_action" add constraint "automatic_action_trigger_check" check ("trigger" in (${triggers.map(literal).join(', ')}));`,
  ];
}

/**
 * The templates (kept where an admin already wrote the same key and language) and, unless the
 * trigger already has one, the enabled action that sends them.
 */
export function defaultEmailStatements(trigger: string, templates: DefaultTemplate[]): string[] {
  const statements = templates.map(
    (template) =>
      `insert into "email_template" ("id", "key", "language", "subject", "body", "updated_at") values (gen_random_uuid(), ${[
        template.key,
        template.language,
        template.subject,
        template.body,
      ]
        .map(literal)
        .join(', ')}, now()) on conflict ("key", "language") do nothing;`,
  );
  const key = literal(templates[0]!.key);
  // Where admins already e-mail on this trigger (any step or one), they chose what to send: a shipped
  // default beside theirs would send a second e-mail for one event.
  statements.push(
    `insert into "automatic_action" ("id", "trigger", "template_key", "enabled", "created_at")
         select gen_random_uuid(), ${literal(trigger)}, ${key}, true, now()
         where not exists (select 1 from "automatic_action" where "trigger" = ${literal(trigger)});`,
  );
  return statements;
}

/**
 * Default customer e-mails (issue 17), each an automatic action admins can turn off. Idempotent:
 * a template an admin already wrote under the same key and language is kept, and an action is
 * added only where none of that trigger sends that template.
 */
export class Migration20261208040801DefaultCustomerEmails extends Migration {
  override async up(): Promise<void> {
    for (const sql of triggerCheck(TRIGGERS)) this.addSql(sql);
    for (const { trigger, templates } of DEFAULTS) for (const sql of defaultEmailStatements(trigger, templates)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    const keys = DEFAULTS.map(({ templates }) => literal(templates[0]!.key)).join(', ');
    this.addSql(`delete from "automatic_action" where "trigger" in ('DOCUMENT_REQUESTED', 'DOCUMENT_REJECTED') or ("template_key" in (${keys}) and "substate_id" is null);`);
    this.addSql(`delete from "email_template" where "key" in (${keys}) and not exists (select 1 from "automatic_action" where "template_key" = "email_template"."key");`);
    for (const sql of triggerCheck(TRIGGERS_BEFORE)) this.addSql(sql);
  }
}
