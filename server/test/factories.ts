import { buildCups, MOD23_LETTERS } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Contract, ContractStatus } from '../src/modules/contracts/contract.entity.js';
import { CustomerAccount } from '../src/modules/customers/customer-account.entity.js';
import { Invoice, InvoiceStatus } from '../src/modules/invoices/invoice.entity.js';
import { SupplyPoint } from '../src/modules/supply-points/supply-point.entity.js';
import { User, UserStatus } from '../src/modules/users/user.entity.js';
import { DEFAULT_FLOW_NAME } from '../src/core/db/migrations/Migration20261122131500_default_flow.js';
import { FlowSubstate } from '../src/modules/installations/flow.entity.js';
import { Installation } from '../src/modules/installations/installation.entity.js';
import { LocalDiskStorage } from '../src/core/storage/file-storage.js';
import { Document, DocumentCategory } from '../src/modules/documents/document.entity.js';
import { DocumentRequest, DocumentRequestStatus, SigningDocument } from '../src/modules/installation-documents/installation-document.entity.js';

// Small, explicit fixtures for API tests; the demo seeder is for people, not for assertions.
let sequence = 0;
const next = () => ++sequence;


export function validDni(number: number): string {
  return `${String(number).padStart(8, '0')}${MOD23_LETTERS[number % 23]}`;
}

export function validCups(n: number): string {
  return buildCups(`0021${String(n).padStart(12, '0')}`);
}

export async function createAccount(em: EntityManager, fields: Partial<CustomerAccount> = {}): Promise<CustomerAccount> {
  const n = next();
  const account = em.create(CustomerAccount, {
    fiscalId: validDni(10_000_000 + n),
    fiscalIdKind: 'DNI',
    name: `Cliente ${n}`,
    billingEmail: `cliente${n}@example.com`,
    address: `Calle Mayor ${n}, Madrid`,
    ...fields,
  });
  await em.flush();
  return account;
}

export async function createSupplyPoint(
  em: EntityManager,
  account: CustomerAccount,
  fields: Partial<SupplyPoint> = {},
): Promise<SupplyPoint> {
  const n = next();
  const supplyPoint = em.create(SupplyPoint, {
    cups: validCups(n),
    address: `Calle Mayor ${n}, Madrid`,
    distributor: 'i-DE',
    accessTariff: '2.0TD',
    account,
    ...fields,
  });
  await em.flush();
  return supplyPoint;
}

export async function createContract(
  em: EntityManager,
  supplyPoint: SupplyPoint,
  fields: Partial<Contract> = {},
): Promise<Contract> {
  const n = next();
  const contract = em.create(Contract, {
    code: `CT-TEST-${String(n).padStart(6, '0')}`,
    account: supplyPoint.account,
    supplyPoint,
    accessTariff: supplyPoint.accessTariff,
    contractedPowerKw: { P1: '4.600', P2: '4.600' },
    productName: 'Tarifa Fija',
    startDate: '2025-01-01',
    status: ContractStatus.ACTIVE,
    ...fields,
  });
  await em.flush();
  return contract;
}

export async function createInvoice(em: EntityManager, contract: Contract, fields: Partial<Invoice> = {}): Promise<Invoice> {
  const n = next();
  const invoice = em.create(Invoice, {
    number: `FE-TEST-${String(n).padStart(6, '0')}`,
    contract,
    account: contract.account,
    supplyPoint: contract.supplyPoint,
    periodStart: '2026-01-01',
    periodEnd: '2026-01-31',
    issueDate: '2026-02-03',
    dueDate: '2026-02-23',
    energyKwh: '250.000',
    taxBase: '60.00',
    taxAmount: '12.60',
    totalAmount: '72.60',
    status: InvoiceStatus.ISSUED,
    lines: [{ description: 'Energía', quantity: '250.000', unit: 'kWh', unitPrice: '0.240000', amount: '60.00' }],
    ...fields,
  });
  await em.flush();
  return invoice;
}

/** Three monthly invoices of `contract`, January to March 2026: January's and February's paid, March's issued. */
export async function createFirstQuarterInvoices(em: EntityManager, contract: Contract): Promise<Invoice[]> {
  const invoices: Invoice[] = [];
  for (let month = 1; month <= 3; month++) {
    invoices.push(
      await createInvoice(em, contract, {
        periodStart: `2026-0${month}-01`,
        periodEnd: `2026-0${month}-28`,
        issueDate: `2026-0${month + 1}-03`,
        status: month === 3 ? InvoiceStatus.ISSUED : InvoiceStatus.PAID,
      }),
    );
  }
  return invoices;
}

export async function createUser(em: EntityManager, fields: Partial<User> = {}): Promise<User> {
  const n = next();
  const user = em.create(User, {
    email: `user${n}@example.com`,
    name: `Usuario ${n}`,
    status: UserStatus.ACTIVE,
    ...fields,
  });
  await em.flush();
  return user;
}

export function createAdmin(em: EntityManager, fields: Partial<User> = {}): Promise<User> {
  return createUser(em, { isAdmin: true, ...fields });
}

/** A substate of the default flow (migrations ship it) by its internal name. */
export async function defaultFlowSubstate(em: EntityManager, internalName: string): Promise<FlowSubstate> {
  return em.findOneOrFail(FlowSubstate, { internalName, state: { flow: { name: DEFAULT_FLOW_NAME } } }, { populate: ['state'] });
}

/** An installation of `account` in the default flow, sitting in `substate` (default: the first). */
export async function createInstallation(
  em: EntityManager,
  account: CustomerAccount,
  substate = 'Registro recibido',
): Promise<Installation> {
  const n = next();
  const target = await defaultFlowSubstate(em, substate);
  const installation = em.create(Installation, {
    code: `FV-TEST-${n}`,
    account,
    flow: target.state.getEntity().flow,
    substate: target,
    address: `Calle del Sol ${n}, Sevilla`,
  });
  await em.flush();
  return installation;
}

/** A document the staff asks `installation`'s customer for, waiting for an upload unless `fields` say otherwise. */
export async function createDocumentRequest(em: EntityManager, installation: Installation, fields: Partial<DocumentRequest> = {}): Promise<DocumentRequest> {
  const request = em.create(DocumentRequest, { installation, name: 'Copia del DNI', description: 'Por las dos caras', status: DocumentRequestStatus.PENDING, ...fields });
  await em.flush();
  return request;
}

/** A contract PDF (`bytes`) stored for `installation` and offered to its customer to sign. */
export async function createSigningDocument(
  em: EntityManager,
  options: { storageDir: string; installation: Installation; account: CustomerAccount; bytes: Buffer; title?: string },
): Promise<SigningDocument> {
  const stored = await new LocalDiskStorage(options.storageDir).put(`installations/${options.installation.id}/contracts`, options.bytes);
  const title = options.title ?? 'Contrato';
  const document = em.create(Document, {
    title,
    category: DocumentCategory.CONTRACT,
    folder: 'Contratos',
    account: options.account,
    fileName: 'contrato.pdf',
    mediaType: 'application/pdf',
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    storageKey: stored.key,
  });
  const signing = em.create(SigningDocument, { installation: options.installation, title, document });
  await em.flush();
  return signing;
}
