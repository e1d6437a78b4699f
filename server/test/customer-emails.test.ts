import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_ROWS, scopedEntityManager } from '../src/core/permissions/row-scope.js';
import { AutomaticAction } from '../src/modules/automatic-actions/automatic-action.entity.js';
import { ContractStatus } from '../src/modules/contracts/contract.entity.js';
import type { CustomerAccount } from '../src/modules/customers/customer-account.entity.js';
import { DocumentRequestStatus } from '../src/modules/installation-documents/installation-document.entity.js';
import type { Installation } from '../src/modules/installations/installation.entity.js';
import { AutomaticTrigger } from '../src/modules/notifications/index.js';
import type { User } from '../src/modules/users/user.entity.js';
import { signInCookie } from './api.js';
import { testConfig } from './context.js';
import { Invoice } from '../src/modules/invoices/invoice.entity.js';
import { createAccount, createAdmin, createContract, createDocumentRequest, createInstallation, createSupplyPoint, createUser, defaultFlowSubstate } from './factories.js';
import { startMailApi, type MailApi } from './mail-api.js';
import { recipientsOf, type ParsedMail } from './smtp.js';

// Issue 17: what a customer is told out of the box. Each shipped automatic action, raised by the
// owning module's service through the outbox, reaches a real SMTP peer in the customer's language;
// an admin turning an action off stops its e-mail.

const clock = { at: new Date('2026-05-04T08:00:00.000Z'), now: () => clock.at };
let mail: MailApi;
let adminCookie: string;
let account: CustomerAccount;
let customer: User;
let installation: Installation;

const em = (): EntityManager => scopedEntityManager(mail.db.orm.em, ALL_ROWS);
const asAdmin = <T = any>(query: string, variables?: Record<string, unknown>) => mail.api.graphql<T>(query, variables, { cookie: adminCookie });

beforeAll(async () => {
  mail = await startMailApi(clock);
  const fork = em();
  account = await createAccount(fork);
  customer = await createUser(fork, { email: account.billingEmail, name: 'Emma Brown', language: 'en', userTypes: ['SOLAR_CLIENT'] });
  installation = await createInstallation(fork, account);
  adminCookie = await signInCookie(mail.db.orm, await createAdmin(fork), testConfig);
});
afterAll(() => mail?.stop());
beforeEach(() => {
  clock.at = new Date(clock.at.getTime() + 3_600_000);
  mail.peer.clear();
});

/** Delivers the outbox and returns what reached the customer. */
async function delivered(): Promise<ParsedMail[]> {
  await mail.worker.runOnce();
  return mail.peer.messages.filter((message) => recipientsOf(message).includes(customer.email));
}

async function setEnabled(trigger: AutomaticTrigger, enabled: boolean): Promise<void> {
  const actions = await asAdmin<{ automaticActions: { id: string; trigger: string }[] }>('{ automaticActions { id trigger } }');
  const shipped = actions.data!.automaticActions.filter((action) => action.trigger === trigger);
  expect(shipped).toHaveLength(1);
  const answer = await asAdmin('mutation ($id: ID!, $on: Boolean!) { setAutomaticActionEnabled(id: $id, enabled: $on) { id } }', {
    id: shipped[0]!.id,
    on: enabled,
  });
  expect(answer.errors).toBeUndefined();
}

const REQUEST = 'mutation ($id: ID!) { requestInstallationDocument(installationId: $id, name: "Roof photos", description: "Two or three, from the street") { id } }';

describe('shipped customer e-mails', () => {
  it('document requested: names the document and its description, in English', async () => {
    expect((await asAdmin(REQUEST, { id: installation.id })).errors).toBeUndefined();
    const [message, ...more] = await delivered();
    expect(more).toEqual([]);
    expect(message!.subject).toBe(`We need a document for your installation ${installation.code}`);
    expect(message!.text).toContain('Roof photos');
    expect(message!.text).toContain('Two or three, from the street');
    expect(message!.text).toContain(`${testConfig.publicUrl}/auth/link#token=`);
  });

  it('document rejected: carries the reason', async () => {
    const request = await createDocumentRequest(em(), installation, { name: 'ID card', status: DocumentRequestStatus.UPLOADED });
    const answer = await asAdmin('mutation ($id: ID!) { reviewDocumentRequest(id: $id, accepted: false, reason: "The photo is blurred.") { status } }', {
      id: request.id,
    });
    expect(answer.errors).toBeUndefined();
    const [message, ...more] = await delivered();
    expect(more).toEqual([]);
    expect(message!.subject).toBe('Please upload "ID card" again');
    expect(message!.text).toContain('The photo is blurred.');
  });

  it('document accepted: no e-mail', async () => {
    const request = await createDocumentRequest(em(), installation, { status: DocumentRequestStatus.UPLOADED });
    expect((await asAdmin('mutation ($id: ID!) { reviewDocumentRequest(id: $id, accepted: true) { status } }', { id: request.id })).errors).toBeUndefined();
    expect(await delivered()).toEqual([]);
  });

  it('installation moved: a visible step is told, a hidden one is not', async () => {
    const fork = em();
    const visible = await defaultFlowSubstate(fork, 'Visita técnica');
    const move = 'mutation ($id: ID!, $to: ID!) { moveInstallation(id: $id, substateId: $to) { id } }';
    expect((await asAdmin(move, { id: installation.id, to: visible.id })).errors).toBeUndefined();
    const [message, ...more] = await delivered();
    expect(more).toEqual([]);
    // The English customer reads the step's English name (its portalName.en).
    expect(message!.subject).toBe(`Your installation ${installation.code} moves on: Technical visit`);

    visible.portalVisible = false;
    await fork.flush();
    try {
      mail.peer.clear();
      const back = await defaultFlowSubstate(em(), 'Registro recibido');
      expect((await asAdmin(move, { id: installation.id, to: back.id })).errors).toBeUndefined();
      await delivered();
      mail.peer.clear();
      expect((await asAdmin(move, { id: installation.id, to: visible.id })).errors).toBeUndefined();
      expect(await delivered()).toEqual([]);
    } finally {
      visible.portalVisible = true;
      await fork.flush();
    }
  });

  it('visit scheduled, then changed: told each time', async () => {
    const schedule = `mutation ($id: ID!, $visit: ID, $input: InstallerVisitInput!) {
      scheduleInstallerVisit(installationId: $id, visitId: $visit, input: $input) { id } }`;
    const input = { startsAt: '2026-06-10T08:00:00.000Z', installerName: 'Solar Norte', installerPhone: '600111222' };
    const first = await asAdmin<{ scheduleInstallerVisit: { id: string } }>(schedule, { id: installation.id, input });
    expect(first.errors).toBeUndefined();
    expect((await delivered()).map((message) => message.subject)).toEqual([expect.stringMatching(`^Visit to your installation ${installation.code}: `)]);
    mail.peer.clear();
    const changed = await asAdmin(schedule, { id: installation.id, visit: first.data!.scheduleInstallerVisit.id, input: { ...input, startsAt: '2026-06-11T08:00:00.000Z' } });
    expect(changed.errors).toBeUndefined();
    const [message] = await delivered();
    expect(message!.text).toContain('Solar Norte');
  });

  it('offer shared: names the offer and its amount', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ title: '5.2 kWp south roof', amount: '6890.50', peakPowerKwp: '5.2', panelCount: '12' })) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.7\noffer\n%%EOF\n', 'latin1'))], { type: 'application/pdf' }), 'offer.pdf');
    const response = await fetch(`${mail.api.url}/uploads/installations/${installation.id}/offers`, { method: 'POST', body: form, headers: { cookie: adminCookie } });
    expect(response.status).toBe(201);
    const [message, ...more] = await delivered();
    expect(more).toEqual([]);
    expect(message!.subject).toBe(`Your offer for installation ${installation.code} is ready`);
    expect(message!.text).toContain('"5.2 kWp south roof"');
  });

  it('an action turned off by an admin sends nothing; turned on again, it sends', async () => {
    await setEnabled(AutomaticTrigger.DOCUMENT_REQUESTED, false);
    try {
      expect((await asAdmin(REQUEST, { id: installation.id })).errors).toBeUndefined();
      expect(await delivered()).toEqual([]);
    } finally {
      await setEnabled(AutomaticTrigger.DOCUMENT_REQUESTED, true);
    }
    expect((await asAdmin(REQUEST, { id: installation.id })).errors).toBeUndefined();
    expect(await delivered()).toHaveLength(1);
  });

  it('ships one enabled action per customer e-mail', async () => {
    const actions = await em().find(AutomaticAction, {}, { orderBy: { trigger: 'asc' } });
    expect(actions.map((action) => [action.trigger, action.templateKey, action.enabled])).toEqual(
      expect.arrayContaining([
        ['INCIDENT_REPLIED', 'incident-replied', true],
        ['OFFER_SHARED', 'offer-shared', true],
        ['VISIT_SCHEDULED', 'visit-scheduled', true],
        ['DOCUMENT_REQUESTED', 'document-requested', true],
        ['DOCUMENT_REJECTED', 'document-rejected', true],
        ['INSTALLATION_ENTERED_SUBSTATE', 'installation-step', true],
        ['INVOICE_ISSUED', 'invoice-issued', true],
      ]),
    );
  });
});

describe('new invoice issued', () => {
  const ISSUE = 'mutation ($input: IssueInvoiceInput!) { issueInvoice(input: $input) { id number status totalAmount } }';
  let invoiceNumber = 0;

  async function issue(contractId: string, overrides: Record<string, unknown> = {}) {
    invoiceNumber += 1;
    const input = {
      contractId,
      number: `FE-2026-${String(invoiceNumber).padStart(6, '0')}`,
      periodStart: '2026-04-01',
      periodEnd: '2026-04-30',
      issueDate: '2026-05-04',
      dueDate: '2027-01-15',
      energyKwh: '312.500',
      taxBase: '1000.00',
      taxAmount: '234.56',
      totalAmount: '1234.56',
      ...overrides,
    };
    return { input, answer: await asAdmin(ISSUE, { input }) };
  }

  async function contractOf(owner: CustomerAccount): Promise<string> {
    const fork = em();
    return (await createContract(fork, await createSupplyPoint(fork, owner), { status: ContractStatus.ACTIVE })).id;
  }

  it('e-mails the customer in their language, in the same commit as the invoice', async () => {
    const { input, answer } = await issue(await contractOf(account));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.issueInvoice).toMatchObject({ number: input.number, status: 'ISSUED', totalAmount: '1234.56' });
    const [message, ...more] = await delivered();
    expect(more).toEqual([]);
    expect(message!.subject).toBe(`Your new invoice ${input.number} is available`);
    expect(message!.text).toContain('for €1,234.56, due on 15 Jan 2027');

    const spanishAccount = await createAccount(em());
    const spanish = await createUser(em(), { email: spanishAccount.billingEmail, name: 'Lucía Pérez', language: 'es', userTypes: ['WEB_CLIENT'] });
    mail.peer.clear();
    const second = await issue(await contractOf(spanishAccount));
    expect(second.answer.errors).toBeUndefined();
    await mail.worker.runOnce();
    const [spanishMessage] = mail.peer.messages.filter((sent) => recipientsOf(sent).includes(spanish.email));
    expect(spanishMessage!.subject).toBe(`Tu nueva factura ${second.input.number} ya está disponible`);
    expect(spanishMessage!.text).toContain('por 1234,56 €, con vencimiento el 15/01/2027');
  });

  it('turned off by an admin, the invoice is issued and nothing is sent', async () => {
    const contractId = await contractOf(account);
    await setEnabled(AutomaticTrigger.INVOICE_ISSUED, false);
    try {
      const { input, answer } = await issue(contractId);
      expect(answer.errors).toBeUndefined();
      expect(await em().count(Invoice, { number: input.number })).toBe(1);
      expect(await delivered()).toEqual([]);
    } finally {
      await setEnabled(AutomaticTrigger.INVOICE_ISSUED, true);
    }
  });

  it('refuses a wrong total, a repeated number and a draft contract, naming the field, and sends nothing', async () => {
    const contractId = await contractOf(account);
    const mismatch = await issue(contractId, { totalAmount: '1234.57' });
    expect(mismatch.answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.totalAmount', reason: 'TOTAL_MISMATCH' });
    const first = await issue(contractId);
    expect(first.answer.errors).toBeUndefined();
    const repeated = await asAdmin(ISSUE, { input: { ...first.input } });
    expect(repeated.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.number', reason: 'DUPLICATE' });
    const fork = em();
    const draft = await createContract(fork, await createSupplyPoint(fork, account), { status: ContractStatus.DRAFT });
    const onDraft = await issue(draft.id);
    expect(onDraft.answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.contractId', reason: 'NOT_ACTIVE' });
    mail.peer.clear();
    expect(await em().count(Invoice, { number: { $in: [mismatch.input.number, onDraft.input.number] } })).toBe(0);
  });
});
