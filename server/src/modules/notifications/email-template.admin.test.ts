import { beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, signInCookie, useTestApi, type AdminOperation, type GraphQLResponse } from '../../../test/api.js';
import { createAdmin, createUser } from '../../../test/factories.js';
import { EmailTemplate } from './email-template.entity.js';
import { OutboxEmail } from './outbox-email.entity.js';
import { outboxBody } from './outbox.service.js';
import { issueRequestedSignInCodes } from '../auth/index.js';
import { PortalEventAction } from './portal-event-action.entity.js';

// The admin e-mail template and portal event action operations through the real HTTP API.

const { db, api } = useTestApi();
let adminCookie: string;
let customerCookie: string;
const CUSTOMER_EMAIL = 'plantillas-cliente@example.com';

beforeAll(async () => {
  const em = db.orm.em.fork();
  adminCookie = await signInCookie(db.orm, await createAdmin(em, { name: 'Admin Plantillas', email: 'admin-plantillas@company.example' }));
  customerCookie = await signInCookie(
    db.orm,
    await createUser(em, { name: 'Cliente Curioso', email: CUSTOMER_EMAIL, userTypes: ['WEB_CLIENT'] }),
  );
});

const asAdmin = <T = any>(query: string, variables?: Record<string, unknown>) => api.graphql<T>(query, variables, { cookie: adminCookie });

function firstError(res: GraphQLResponse): { code?: unknown; argument?: unknown; reason?: unknown; variables?: unknown; message: string } {
  const error = res.errors?.[0];
  return { ...(error?.extensions ?? {}), code: error?.extensions?.code, message: error?.message ?? '' };
}

const TEMPLATE_FIELDS = 'key builtIn variables languages updatedAt translations { language subject body } usedBy { kind name }';
const SAVE = `mutation ($input: EmailTemplateInput!) { saveEmailTemplate(input: $input) { ${TEMPLATE_FIELDS} } }`;
const DELETE = 'mutation ($key: String!, $language: Language) { deleteEmailTemplate(key: $key, language: $language) }';
const PREVIEW = `query ($input: EmailTemplatePreviewInput!) {
  previewEmailTemplate(input: $input) { subject text html variables unknownVariables samples { name value } }
}`;
const SEND_TEST = 'mutation ($input: EmailTemplatePreviewInput!) { sendTestEmail(input: $input) }';
const UPDATE_EVENT = `mutation ($event: PortalEvent!, $templateKey: String, $enabled: Boolean!) {
  updatePortalEventAction(event: $event, templateKey: $templateKey, enabled: $enabled) { event templateKey enabled variables requiredVariables }
}`;

async function saveTemplate(input: { key: string; language: 'ES' | 'EN'; subject: string; body: string }) {
  return asAdmin(SAVE, { input });
}

async function counts() {
  const em = db.orm.em.fork();
  return {
    templates: await em.count(EmailTemplate, {}),
    outbox: await em.count(OutboxEmail, {}),
    actions: await em.find(PortalEventAction, {}).then((rows) => rows.map((row) => `${row.event}:${row.templateKey}:${row.enabled}`).sort()),
  };
}

describe('admin-only operations', () => {
  const input = { key: 'nueva', language: 'ES', subject: 'Hola', body: 'Hola |client_name|' };
  const operations: AdminOperation[] = [
    ['emailTemplates', '{ emailTemplates { key } }'],
    ['emailTemplate', '{ emailTemplate(key: "welcome") { key } }'],
    ['previewEmailTemplate', PREVIEW, { input: { subject: 'x', body: 'y' } }],
    ['saveEmailTemplate', SAVE, { input }],
    ['deleteEmailTemplate', DELETE, { key: 'nueva' }],
    ['sendTestEmail', SEND_TEST, { input: { subject: 'x', body: 'y' } }],
    ['portalEventActions', '{ portalEventActions { event } }'],
    ['updatePortalEventAction', UPDATE_EVENT, { event: 'ROOF_SAVED', templateKey: null, enabled: false }],
  ];

  it.each(operations)('%s: UNAUTHENTICATED signed out, FORBIDDEN to a customer, nothing written', (...operation) =>
    expectAdminOnly(api, customerCookie, operation, counts),
  );
});

describe('emailTemplates', () => {
  it('lists the built-in templates with their languages, variables and the actions that send them', async () => {
    const res = await asAdmin<{ emailTemplates: any[] }>(`{ emailTemplates { ${TEMPLATE_FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    const byKey = new Map(res.data!.emailTemplates.map((template) => [template.key, template]));
    const loginCode = byKey.get('login-code');
    expect(loginCode).toMatchObject({
      builtIn: true,
      languages: ['ES', 'EN'],
      variables: ['client_name', 'client_code_verification', 'code_valid_minutes'],
      usedBy: [{ kind: 'PORTAL_EVENT', name: 'login-code' }],
    });
    expect(byKey.get('welcome')?.variables).toEqual(['client_name', 'portal_link', 'link_valid_days']);
    const one = await asAdmin('{ emailTemplate(key: "magic-link") { key translations { language } } }');
    expect(one.data).toEqual({ emailTemplate: { key: 'magic-link', translations: [{ language: 'ES' }, { language: 'EN' }] } });
    expect((await asAdmin('{ emailTemplate(key: "no-existe") { key } }')).data).toEqual({ emailTemplate: null });
  });
});

describe('saveEmailTemplate', () => {
  it('creates a custom template in Spanish first, then adds English; its variables are every trigger’s and event’s', async () => {
    const badKey = await saveTemplate({ key: 'Oferta Lista', language: 'ES', subject: 'Hola', body: 'Hola' });
    expect(firstError(badKey)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.key', reason: 'KEY_FORMAT' });
    const englishFirst = await saveTemplate({ key: 'oferta-lista', language: 'EN', subject: 'Hi', body: 'Hi' });
    expect(firstError(englishFirst)).toMatchObject({ argument: 'input.language', reason: 'SPANISH_FIRST' });

    const created = await saveTemplate({
      key: 'oferta-lista',
      language: 'ES',
      subject: 'Tu oferta |offer_title|',
      body: 'Hola |client_name|,\n\ntu oferta de |offer_amount| € está lista: |portal_link|',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.saveEmailTemplate).toMatchObject({ key: 'oferta-lista', builtIn: false, languages: ['ES'], usedBy: [] });
    const variables: string[] = created.data!.saveEmailTemplate.variables;
    expect(variables).toEqual(expect.arrayContaining(['client_name', 'portal_link', 'offer_title', 'installation_code', 'client_code_verification', 'roof_faces']));

    const english = await saveTemplate({ key: 'oferta-lista', language: 'EN', subject: 'Your offer |offer_title|', body: 'Hi |client_name|' });
    expect(english.data!.saveEmailTemplate.languages).toEqual(['ES', 'EN']);
    const replaced = await saveTemplate({ key: 'oferta-lista', language: 'EN', subject: 'Your offer', body: 'Hello |client_name|' });
    expect(replaced.data!.saveEmailTemplate.translations[1]).toEqual({ language: 'EN', subject: 'Your offer', body: 'Hello |client_name|' });
  });

  it('refuses unknown placeholders naming the field and listing them, and changes nothing', async () => {
    const before = await counts();
    const body = await saveTemplate({ key: 'welcome', language: 'ES', subject: 'Bienvenida', body: 'Hola |client_name| |clinet_name| |offer_title|' });
    expect(firstError(body)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.body',
      reason: 'UNKNOWN_VARIABLES',
      variables: ['clinet_name', 'offer_title'],
    });
    expect(firstError(body).message).toContain('|clinet_name|, |offer_title|');
    const subject = await saveTemplate({ key: 'oferta-lista', language: 'ES', subject: 'Hola |nombre|', body: 'Hola' });
    expect(firstError(subject)).toMatchObject({ argument: 'input.subject', reason: 'UNKNOWN_VARIABLES', variables: ['nombre'] });
    const empty = await saveTemplate({ key: 'oferta-lista', language: 'ES', subject: '  ', body: 'Hola' });
    expect(firstError(empty)).toMatchObject({ argument: 'input.subject', reason: 'REQUIRED' });
    expect(await counts()).toEqual(before);
  });

  it('keeps the link of a built-in e-mail that exists to carry it', async () => {
    const res = await saveTemplate({ key: 'magic-link', language: 'ES', subject: 'Tu enlace', body: 'Hola |client_name|, entra en el portal.' });
    expect(firstError(res)).toMatchObject({ argument: 'input.body', reason: 'MISSING_REQUIRED_VARIABLE', variables: ['portal_link'] });
  });

  it('keeps |client_code_verification| in a template login-code sends', async () => {
    const res = await saveTemplate({ key: 'login-code', language: 'EN', subject: 'Your code', body: 'Hi |client_name|, no code here' });
    expect(firstError(res)).toMatchObject({ argument: 'input.body', reason: 'MISSING_REQUIRED_VARIABLE', variables: ['client_code_verification'] });
    expect(firstError(res).message).toContain("portal event 'login-code'");
  });
});

describe('portal event actions', () => {
  it('lists every portal event with its template and whether it is on', async () => {
    const res = await asAdmin<{ portalEventActions: any[] }>('{ portalEventActions { event templateKey enabled requiredVariables variables } }');
    expect(res.data!.portalEventActions.map((action) => action.event)).toEqual([
      'LOGIN_CODE',
      'DOCUMENT_UPLOADED',
      'OFFER_ACCEPTED',
      'VISIT_VIEWED',
      'ROOF_SAVED',
      'INCIDENT_CREATED',
      'PERSONAL_DATA_UPDATED',
    ]);
    expect(res.data!.portalEventActions[0]).toMatchObject({ templateKey: 'login-code', enabled: true, requiredVariables: ['client_code_verification'] });
    expect(res.data!.portalEventActions[4]).toMatchObject({ event: 'ROOF_SAVED', templateKey: null, enabled: false });
  });

  it('refuses a login-code template without |client_code_verification| in every language', async () => {
    await saveTemplate({ key: 'codigo-sin-codigo', language: 'ES', subject: 'Acceso', body: 'Hola |client_name|, entra ya.' });
    const before = await counts();
    const none = await asAdmin(UPDATE_EVENT, { event: 'LOGIN_CODE', templateKey: 'codigo-sin-codigo', enabled: true });
    expect(firstError(none)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'templateKey', reason: 'MISSING_REQUIRED_VARIABLE' });
    expect(firstError(none).message).toContain('|client_code_verification|');

    await saveTemplate({ key: 'codigo-nuevo', language: 'ES', subject: 'Tu código', body: 'Hola |client_name|. Código: |client_code_verification| (|code_valid_minutes| min).' });
    await saveTemplate({ key: 'codigo-nuevo', language: 'EN', subject: 'Your code', body: 'Hi |client_name|, sign in soon.' });
    const english = await asAdmin(UPDATE_EVENT, { event: 'LOGIN_CODE', templateKey: 'codigo-nuevo', enabled: true });
    expect(firstError(english)).toMatchObject({ argument: 'templateKey', reason: 'MISSING_REQUIRED_VARIABLE' });
    expect(firstError(english).message).toContain('lacks it in en');

    const cleared = await asAdmin(UPDATE_EVENT, { event: 'LOGIN_CODE', templateKey: null, enabled: false });
    expect(firstError(cleared)).toMatchObject({ argument: 'templateKey', reason: 'REQUIRED' });
    const unknownEvent = await asAdmin(UPDATE_EVENT, { event: 'logout', templateKey: 'codigo-nuevo', enabled: true });
    // An enum now: GraphQL refuses an unknown event before the service sees it.
    expect(firstError(unknownEvent)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'event' });
    const missing = await asAdmin(UPDATE_EVENT, { event: 'LOGIN_CODE', templateKey: 'no-existe', enabled: true });
    expect(firstError(missing)).toMatchObject({ argument: 'templateKey', reason: 'TEMPLATE_NOT_FOUND' });
    expect((await counts()).actions).toEqual(before.actions);
  });

  it('refuses a template using variables the event does not give', async () => {
    const res = await asAdmin(UPDATE_EVENT, { event: 'DOCUMENT_UPLOADED', templateKey: 'oferta-lista', enabled: true });
    expect(firstError(res)).toMatchObject({ argument: 'templateKey', reason: 'UNSUPPORTED_VARIABLES' });
    expect(firstError(res).message).toContain('|offer_title|');
    const builtIn = await asAdmin(UPDATE_EVENT, { event: 'ROOF_SAVED', templateKey: 'welcome', enabled: true });
    expect(firstError(builtIn)).toMatchObject({ reason: 'UNSUPPORTED_VARIABLES' });
  });

  it('points login-code at a custom template: the code e-mail uses it, and the template stays bound to login-code', async () => {
    await saveTemplate({ key: 'codigo-nuevo', language: 'EN', subject: 'Your code', body: 'Hi |client_name|, your code: |client_code_verification|.' });
    const res = await asAdmin(UPDATE_EVENT, { event: 'LOGIN_CODE', templateKey: 'codigo-nuevo', enabled: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePortalEventAction).toMatchObject({ event: 'LOGIN_CODE', templateKey: 'codigo-nuevo', enabled: true });

    const requested = await api.graphql(`mutation { requestSignInCode(email: "${CUSTOMER_EMAIL}") { retryAfterSeconds } }`);
    expect(requested.errors).toBeUndefined();
    await issueRequestedSignInCodes(db.orm.em.fork(), new Date()); // what the outbox worker does first
    const message = await db.orm.em.fork().findOneOrFail(OutboxEmail, { to: CUSTOMER_EMAIL }, { orderBy: { createdAt: 'desc' } });
    expect(message.subject).toBe('Tu código');
    expect(outboxBody(message).text).toMatch(/^Hola Cliente Curioso\. Código: \d{6} \(5 min\)\.$/);
    expect(message.carriesSecret).toBe(true);

    // Bound to login-code now: only login-code's variables, and the code must stay.
    const detail = await asAdmin('{ emailTemplate(key: "codigo-nuevo") { variables usedBy { kind name } } }');
    expect(detail.data!.emailTemplate).toEqual({
      variables: ['client_name', 'client_code_verification', 'code_valid_minutes'],
      usedBy: [{ kind: 'PORTAL_EVENT', name: 'login-code' }],
    });
    const withLink = await saveTemplate({ key: 'codigo-nuevo', language: 'ES', subject: 'Tu código', body: '|client_code_verification| |portal_link|' });
    expect(firstError(withLink)).toMatchObject({ argument: 'input.body', reason: 'UNKNOWN_VARIABLES', variables: ['portal_link'] });

    const inUse = await asAdmin(DELETE, { key: 'codigo-nuevo' });
    expect(firstError(inUse)).toMatchObject({ argument: 'key', reason: 'IN_USE' });
    expect(firstError(inUse).message).toContain("portal event 'login-code'");

    const back = await asAdmin(UPDATE_EVENT, { event: 'LOGIN_CODE', templateKey: 'login-code', enabled: true });
    expect(back.errors).toBeUndefined();
    expect((await asAdmin(DELETE, { key: 'codigo-nuevo' })).data).toEqual({ deleteEmailTemplate: true });
    expect((await asAdmin('{ emailTemplate(key: "codigo-nuevo") { key } }')).data).toEqual({ emailTemplate: null });
  });

  it('configures and disables another event', async () => {
    await saveTemplate({ key: 'tejado-guardado', language: 'ES', subject: 'Tejado de |installation_code|', body: '|panel_count| paneles, |peak_power_kwp| kWp' });
    const on = await asAdmin(UPDATE_EVENT, { event: 'ROOF_SAVED', templateKey: 'tejado-guardado', enabled: true });
    expect(on.data!.updatePortalEventAction).toMatchObject({ templateKey: 'tejado-guardado', enabled: true });
    const off = await asAdmin(UPDATE_EVENT, { event: 'ROOF_SAVED', templateKey: 'tejado-guardado', enabled: false });
    expect(off.data!.updatePortalEventAction).toMatchObject({ templateKey: 'tejado-guardado', enabled: false });
  });
});

describe('deleteEmailTemplate', () => {
  it('never deletes a built-in template, but deletes a custom one or one of its translations', async () => {
    const builtIn = await asAdmin(DELETE, { key: 'welcome' });
    expect(firstError(builtIn)).toMatchObject({ argument: 'key', reason: 'BUILT_IN' });
    expect(firstError(await asAdmin(DELETE, { key: 'no-existe' })).code).toBe('NOT_FOUND');
    expect((await asAdmin(DELETE, { key: 'oferta-lista', language: 'EN' })).data).toEqual({ deleteEmailTemplate: true });
    expect((await asAdmin('{ emailTemplate(key: "oferta-lista") { languages } }')).data).toEqual({ emailTemplate: { languages: ['ES'] } });
    expect((await asAdmin(DELETE, { key: 'oferta-lista' })).data).toEqual({ deleteEmailTemplate: true });
  });
});

describe('previewEmailTemplate and sendTestEmail', () => {
  const input = {
    key: 'magic-link',
    subject: 'Acceso para |client_name|',
    body: 'Hola |client_name|:\n\nEntra en |portal_link| <ya>. |offer_title|',
  };

  it('renders sample values, escapes the HTML and flags unknown placeholders', async () => {
    const res = await asAdmin(PREVIEW, { input });
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewEmailTemplate as any;
    expect(preview.subject).toBe('Acceso para María García');
    expect(preview.text).toMatch(/^Hola María García:\n\nEntra en http.*\/auth\/link#token=ejemplo <ya>\. \|offer_title\|$/);
    expect(preview.html).toContain('&lt;ya&gt;');
    expect(preview.html).toContain('<a href="');
    expect(preview.variables).toEqual(['client_name', 'portal_link']);
    expect(preview.unknownVariables).toEqual(['offer_title']);
    expect(preview.samples).toContainEqual({ name: 'client_name', value: 'María García' });

    const unsaved = await asAdmin(PREVIEW, { input: { subject: 'Código', body: '|client_code_verification|' } });
    expect((unsaved.data!.previewEmailTemplate as any).text).toBe('123456');
  });

  it('puts the preview in the outbox, to the signed-in admin only', async () => {
    const before = await counts();
    const res = await asAdmin(SEND_TEST, { input });
    expect(res.data).toEqual({ sendTestEmail: 'admin-plantillas@company.example' });
    expect((await counts()).outbox).toBe(before.outbox + 1);
    const message = await db.orm.em.fork().findOneOrFail(OutboxEmail, { to: 'admin-plantillas@company.example' }, { orderBy: { createdAt: 'desc' } });
    expect(message.subject).toBe('[Prueba] Acceso para María García');
    expect(message.text).toContain('María García');
    expect(message.html).toContain('<p>');
  });
});
