import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { FISCAL_ID_KINDS, MOD23_LETTERS, parseFiscalId, type FiscalIdKind } from '@portal/shared';
import { ALL_ROWS, scopedEntityManager } from '../src/core/permissions/row-scope.js';
import { Contract, ContractStatus } from '../src/modules/contracts/contract.entity.js';
import { CustomerAccount } from '../src/modules/customers/customer-account.entity.js';
import { Document, DocumentCategory } from '../src/modules/documents/document.entity.js';
import { GenerationSettlement, SettlementStatus } from '../src/modules/generation-settlements/generation-settlement.entity.js';
import { Invoice, InvoiceStatus } from '../src/modules/invoices/invoice.entity.js';
import { SupplyPoint } from '../src/modules/supply-points/supply-point.entity.js';
import { validCups, validDni } from './factories.js';

/**
 * A small energy world for scope tests, kept as plain rows so tests can compute what a user
 * should see from PRODUCT.md's definition without asking the code under test.
 */
export type WorldAccount = { id: string; fiscalId: string; kind: FiscalIdKind };
export type WorldSupplyPoint = { id: string; cups: string; accountId: string; isGenerator: boolean };
export type WorldContract = { id: string; code: string; accountId: string; supplyPointId: string };
export type WorldInvoice = { id: string; number: string; contractId: string; accountId: string; supplyPointId: string; documentId: string | null };
export type WorldDocument = { id: string; accountId: string | null; supplyPointId: string | null };
export type WorldSettlement = { id: string; accountId: string; supplyPointId: string; documentId: string | null };

export type World = {
  accounts: WorldAccount[];
  supplyPoints: WorldSupplyPoint[];
  contracts: WorldContract[];
  invoices: WorldInvoice[];
  documents: WorldDocument[];
  settlements: WorldSettlement[];
  /** Per supply point id: kWh in thousandths over SERIES_DAY (measured, forecast, same hours). */
  measuredThousandths: Map<string, number>;
  forecastThousandths: Map<string, number>;
  /** Valid fiscal IDs that no account has. */
  unknownFiscalIds: { personal: string[]; company: string[] };
  /** Well-formed values that match no row. */
  missing: { id: string; invoiceNumber: string; cups: string };
};

/** The local day that holds every measurement and forecast of the world. */
export const SERIES_DAY = '2026-01-15';
const SERIES_HOURS_UTC = ['2026-01-15T09:00:00Z', '2026-01-15T10:00:00Z', '2026-01-15T11:00:00Z'];

export function validNie(n: number): string {
  const digits = String(n).padStart(7, '0');
  return `X${digits}${MOD23_LETTERS[Number(digits) % 23]}`;
}

/** A NIF of kind K, L or M (persons without DNI or NIE). */
export function validNif(n: number): string {
  const digits = String(n).padStart(7, '0');
  return `${'KLM'[n % 3]}${digits}${MOD23_LETTERS[Number(digits) % 23]}`;
}

export function validCif(n: number): string {
  const digits = String(n).padStart(7, '0');
  for (let control = 0; control <= 9; control++) {
    const cif = `B${digits}${control}`;
    if (parseFiscalId(cif).ok) return cif;
  }
  throw new Error(`no CIF control digit for ${digits}`);
}

const KINDS = FISCAL_ID_KINDS;

function fiscalIdOf(kind: FiscalIdKind, n: number): string {
  switch (kind) {
    case 'DNI':
      return validDni(30_000_000 + n);
    case 'NIE':
      return validNie(4_000_000 + n);
    case 'NIF':
      return validNif(6_000_000 + n);
    case 'CIF':
      return validCif(5_000_000 + n);
    case 'PASSPORT':
      return `PA${String(700_000 + n)}`;
  }
}

/**
 * Inserts the world: `accountCount` accounts (DNI, NIE, CIF and passport holders), 2–4 CUPS each,
 * 1–2 contracts per CUPS with invoices, documents bound to CUPS, to accounts only, and to nothing,
 * settlements of generating CUPS, and 3 hours of measurements and forecasts per CUPS.
 */
export async function buildWorld(orm: MikroORM, accountCount = 8): Promise<World> {
  const em = scopedEntityManager(orm.em, ALL_ROWS);
  const world: World = {
    accounts: [],
    supplyPoints: [],
    contracts: [],
    invoices: [],
    documents: [],
    settlements: [],
    measuredThousandths: new Map(),
    forecastThousandths: new Map(),
    unknownFiscalIds: {
      personal: [validDni(39_999_999), validNie(4_999_999), 'PA999999'],
      company: [validCif(5_999_999)],
    },
    missing: { id: randomUUID(), invoiceNumber: 'FE-MISSING-000001', cups: validCups(990_000) },
  };
  let cupsNumber = 900_000;
  const document = (fields: { account?: CustomerAccount; supplyPoint?: SupplyPoint; category: DocumentCategory }): Document => {
    const row = em.create(Document, {
      title: `Documento ${world.documents.length + 1}`,
      category: fields.category,
      folder: 'Documentos',
      account: fields.account ?? null,
      supplyPoint: fields.supplyPoint ?? null,
      fileName: `doc-${world.documents.length + 1}.pdf`,
      mediaType: 'application/pdf',
      sizeBytes: 1000,
      sha256: '0'.repeat(64),
      storageKey: `test/${randomUUID()}`,
      // Distinct times: lists order by createdAt.
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, world.documents.length)),
    });
    world.documents.push({ id: row.id, accountId: fields.account?.id ?? null, supplyPointId: fields.supplyPoint?.id ?? null });
    return row;
  };

  for (let a = 0; a < accountCount; a++) {
    const kind = KINDS[a % KINDS.length]!;
    const account = em.create(CustomerAccount, {
      fiscalId: fiscalIdOf(kind, a),
      fiscalIdKind: kind,
      name: `Titular ${a}`,
      billingEmail: `titular${a}@example.com`,
      address: `Calle ${a}`,
    });
    world.accounts.push({ id: account.id, fiscalId: account.fiscalId!, kind });
    document({ account, category: DocumentCategory.IDENTITY });

    for (let s = 0; s < 2 + (a % 3); s++) {
      const isGenerator = (a + s) % 3 === 0;
      const supplyPoint = em.create(SupplyPoint, {
        cups: validCups(++cupsNumber),
        address: `Calle ${a}, ${s}`,
        distributor: 'i-DE',
        accessTariff: '2.0TD',
        isGenerator,
        account,
      });
      world.supplyPoints.push({ id: supplyPoint.id, cups: supplyPoint.cups, accountId: account.id, isGenerator });
      document({ account, supplyPoint, category: DocumentCategory.CONTRACT });
      // Some CUPS documents carry no account: the CUPS alone decides.
      if (s === 1) document({ supplyPoint, category: DocumentCategory.OTHER });

      for (let c = 0; c < 1 + ((a + s) % 2); c++) {
        const contract = em.create(Contract, {
          code: `CT-W-${a}-${s}-${c}`,
          account,
          supplyPoint,
          accessTariff: '2.0TD',
          contractedPowerKw: { P1: '4.600', P2: '4.600' },
          productName: 'Tarifa Fija',
          startDate: `202${4 + c}-0${1 + s}-01`,
          status: c === 0 ? ContractStatus.ACTIVE : ContractStatus.TERMINATED,
        });
        world.contracts.push({ id: contract.id, code: contract.code, accountId: account.id, supplyPointId: supplyPoint.id });
        for (let i = 0; i < 1 + ((a + c) % 2); i++) {
          const pdf = i === 0 ? document({ account, supplyPoint, category: DocumentCategory.INVOICE }) : null;
          const invoice = em.create(Invoice, {
            number: `FE-W-${a}-${s}-${c}-${i}`,
            contract,
            account,
            supplyPoint,
            periodStart: `2026-0${1 + i}-01`,
            periodEnd: `2026-0${1 + i}-28`,
            issueDate: `2026-0${2 + i}-0${1 + s}`,
            dueDate: `2026-0${2 + i}-2${s}`,
            energyKwh: '100.000',
            taxBase: '20.00',
            taxAmount: '4.20',
            totalAmount: '24.20',
            status: InvoiceStatus.ISSUED,
            lines: [],
            document: pdf,
          });
          world.invoices.push({
            id: invoice.id,
            number: invoice.number,
            contractId: contract.id,
            accountId: account.id,
            supplyPointId: supplyPoint.id,
            documentId: pdf?.id ?? null,
          });
        }
      }

      if (isGenerator) {
        for (let m = 1; m <= 2; m++) {
          const pdf = m === 1 ? document({ account, supplyPoint, category: DocumentCategory.SETTLEMENT }) : null;
          const settlement = em.create(GenerationSettlement, {
            supplyPoint,
            account,
            month: `2026-0${m}-01`,
            exportedKwh: '500.000',
            marketRevenue: '40.00',
            charges: '5.00',
            netAmount: '35.00',
            status: SettlementStatus.FINAL,
            document: pdf,
          });
          world.settlements.push({ id: settlement.id, accountId: account.id, supplyPointId: supplyPoint.id, documentId: pdf?.id ?? null });
        }
      }
    }
  }
  // A file bound to no account and no CUPS: no customer ever sees it.
  document({ category: DocumentCategory.OTHER });
  await em.flush();

  const measurementRows: unknown[] = [];
  const forecastRows: unknown[] = [];
  world.supplyPoints.forEach((supplyPoint, index) => {
    let measured = 0;
    let forecast = 0;
    SERIES_HOURS_UTC.forEach((start, hour) => {
      const kwh = 100 + index * 37 + hour * 11; // thousandths of a kWh
      measured += kwh;
      forecast += kwh + 5;
      measurementRows.push(supplyPoint.id, start, kwh / 1000, hour === 2);
      forecastRows.push(supplyPoint.id, start, (kwh + 5) / 1000);
    });
    world.measuredThousandths.set(supplyPoint.id, measured);
    world.forecastThousandths.set(supplyPoint.id, forecast);
  });
  const connection = em.getConnection();
  const values = (columns: number, rows: number) =>
    Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => '?').join(', ')})`).join(', ');
  const hours = measurementRows.length / 4;
  await connection.execute(
    `insert into measurement (supply_point_id, start, kwh, estimated, interval_minutes)
     select v.sp::uuid, v.start::timestamptz, v.kwh::numeric, v.est::boolean, 60 from (values ${values(4, hours)}) as v(sp, start, kwh, est)`,
    measurementRows,
  );
  await connection.execute(
    `insert into forecast (supply_point_id, start, kwh, interval_minutes, issued_at)
     select v.sp::uuid, v.start::timestamptz, v.kwh::numeric, 60, '2026-01-14T12:00:00Z' from (values ${values(3, hours)}) as v(sp, start, kwh)`,
    forecastRows,
  );
  return world;
}

/** kWh as the API writes 3-decimal sums. */
export function kwhText(thousandths: number): string {
  return (thousandths / 1000).toFixed(3);
}
