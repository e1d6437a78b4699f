import { beforeAll, describe, expect, it } from 'vitest';
import { signInCookie, useTestApi } from '../../../test/api.js';
import { createAccount, createAdmin, createContract, createInvoice, createSupplyPoint, createUser } from '../../../test/factories.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { InvoiceStatus } from './invoice.entity.js';

const { db, api } = useTestApi();
let adminCookie: string;
let customerCookie: string;
const numbers: Record<'overdue' | 'issued', string> = { overdue: '', issued: '' };

beforeAll(async () => {
  const em = scopedEntityManager(db.orm.em, ALL_ROWS);
  adminCookie = await signInCookie(db.orm, await createAdmin(em));
  const account = await createAccount(em);
  const contract = await createContract(em, await createSupplyPoint(em, account));
  numbers.overdue = (await createInvoice(em, contract, { status: InvoiceStatus.OVERDUE })).number;
  numbers.issued = (await createInvoice(em, contract, { status: InvoiceStatus.ISSUED })).number;
  customerCookie = await signInCookie(db.orm, await createUser(em, { userTypes: ['WEB_CLIENT'], personalFiscalId: account.fiscalId, personalFiscalIdKind: 'DNI' }));
});

const UPDATE = /* GraphQL */ `
  mutation ($input: SettingsInput!) { updateSettings(input: $input) { paymentIban paymentReference paymentLink } }
`;
const INSTRUCTIONS = /* GraphQL */ `query ($number: String!) { invoice(number: $number) { status paymentInstructions { iban reference link } } }`;
const LIST = /* GraphQL */ `{ invoices(first: 10) { nodes { number paymentInstructions { iban reference link } } } }`;

const asAdmin = (query: string, variables?: Record<string, unknown>) => api.graphql<any>(query, variables, { cookie: adminCookie });
const asCustomer = (query: string, variables?: Record<string, unknown>) => api.graphql<any>(query, variables, { cookie: customerCookie });

describe('payment instructions', () => {
  it('are none until the retailer sets them', async () => {
    const res = await asCustomer(INSTRUCTIONS, { number: numbers.overdue });
    expect(res.data.invoice).toEqual({ status: 'OVERDUE', paymentInstructions: null });
  });

  it('are stored normalised by an admin and shown on an overdue invoice only, with its number in the reference', async () => {
    const saved = await asAdmin(UPDATE, {
      input: { paymentIban: ' es91 2100 0418 4502 0005 1332 ', paymentReference: 'Factura |invoice_number|', paymentLink: 'https://pagos.example.es/factura' },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.updateSettings).toEqual({
      paymentIban: 'ES9121000418450200051332',
      paymentReference: 'Factura |invoice_number|',
      paymentLink: 'https://pagos.example.es/factura',
    });
    const overdue = await asCustomer(INSTRUCTIONS, { number: numbers.overdue });
    expect(overdue.data.invoice.paymentInstructions).toEqual({
      iban: 'ES9121000418450200051332',
      reference: `Factura ${numbers.overdue}`,
      link: 'https://pagos.example.es/factura',
    });
    expect((await asCustomer(INSTRUCTIONS, { number: numbers.issued })).data.invoice.paymentInstructions).toBeNull();
    const listed = (await asCustomer(LIST)).data.invoices.nodes;
    expect(listed).toEqual(
      expect.arrayContaining([
        { number: numbers.overdue, paymentInstructions: overdue.data.invoice.paymentInstructions },
        { number: numbers.issued, paymentInstructions: null },
      ]),
    );
  });

  it('can be cleared field by field: a payment link alone is shown alone', async () => {
    const res = await asAdmin(UPDATE, { input: { paymentIban: '', paymentReference: '' } });
    expect(res.data.updateSettings).toEqual({ paymentIban: null, paymentReference: null, paymentLink: 'https://pagos.example.es/factura' });
    expect((await asCustomer(INSTRUCTIONS, { number: numbers.overdue })).data.invoice.paymentInstructions).toEqual({
      iban: null,
      reference: null,
      link: 'https://pagos.example.es/factura',
    });
  });

  it.each([
    ['paymentIban', 'ES9121000418450200051333', 'IBAN_CHECK_CHARACTER'],
    ['paymentIban', 'ES91 2100', 'IBAN_LENGTH'],
    ['paymentLink', 'http://pagos.example.es', 'NOT_HTTPS'],
    ['paymentLink', 'javascript:alert(1)', 'NOT_HTTPS'],
    ['paymentReference', 'Factura |numero|', 'UNKNOWN_PLACEHOLDER'],
    ['paymentReference', 'x'.repeat(141), 'TOO_LONG'],
  ])('refuses %s %j (%s) and keeps what was there', async (field, value, reason) => {
    const READ = '{ settings { paymentIban paymentReference paymentLink } }';
    const before = (await asAdmin(READ)).data.settings;
    const res = await asAdmin(UPDATE, { input: { [field]: value } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: `input.${field}`, reason });
    expect((await asAdmin(READ)).data.settings).toEqual(before);
  });

  it('are not for customers to change', async () => {
    const res = await asCustomer(UPDATE, { input: { paymentLink: 'https://elsewhere.example' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
