import type pg from 'pg';
import { renderContractPdf } from './pdf/contract-pdf.js';
import { renderInvoicePdf } from './pdf/invoice-pdf.js';
import { renderSettlementPdf } from './pdf/settlement-pdf.js';
import type { FileStorage } from '../core/storage/file-storage.js';
import { formatScaled } from '@portal/shared';
import type { ContractPlan, DemoPlan, InvoicePlan, SettlementPlan } from './demo-plan.js';
import { localInstant } from './demo-plan.js';
import { insertRows } from './pg-bulk.js';

type DocumentCategory = 'CONTRACT' | 'INVOICE' | 'SETTLEMENT';

type DocumentJob = {
  id: string;
  title: string;
  titleEn: string;
  category: DocumentCategory;
  accountId: string;
  supplyPointId: string;
  fileName: string;
  createdAt: Date;
  render: () => Promise<Buffer>;
};

/** Each category's folder as the portal shows it, and the account's storage folder for its files. */
const FOLDERS: Record<DocumentCategory, { es: string; en: string; storage: string }> = {
  CONTRACT: { es: 'Contratos', en: 'Contracts', storage: 'contracts' },
  INVOICE: { es: 'Facturas', en: 'Invoices', storage: 'invoices' },
  SETTLEMENT: { es: 'Liquidaciones', en: 'Settlements', storage: 'settlements' },
};

const PDF_CONCURRENCY = 8;

export type DocumentRow = unknown[];

/**
 * Renders and stores every demo PDF, touching no database (so it can run while the connection is
 * busy with COPY). Returns the document rows for insertDemoDocuments.
 */
export async function renderDemoDocuments(storage: FileStorage, plan: DemoPlan): Promise<DocumentRow[]> {
  const jobs = [...plan.contracts.map(contractJob), ...plan.invoices.map(invoiceJob), ...plan.settlements.map(settlementJob)];
  return mapWithConcurrency(jobs, PDF_CONCURRENCY, async (job) => {
    const folder = FOLDERS[job.category];
    const stored = await storage.put(`accounts/${job.accountId}/${folder.storage}`, await job.render());
    return [
      job.id,
      job.title,
      { en: job.titleEn },
      job.category,
      folder.es,
      { en: folder.en },
      job.accountId,
      job.supplyPointId,
      job.fileName,
      'application/pdf',
      stored.sizeBytes,
      stored.sha256,
      stored.key,
      job.createdAt.toISOString(),
    ];
  });
}

export async function insertDemoDocuments(conn: pg.ClientBase, rows: DocumentRow[]): Promise<void> {
  await insertRows(
    conn,
    'document',
    ['id', 'title', 'title_translations', 'category', 'folder', 'folder_translations', 'account_id', 'supply_point_id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'storage_key', 'created_at'],
    rows,
  );
}

function contractJob(contract: ContractPlan): DocumentJob {
  const { point, account } = contract;
  return {
    id: contract.documentId,
    title: `Contrato ${contract.code}`,
    titleEn: `Contract ${contract.code}`,
    category: 'CONTRACT',
    accountId: account.id,
    supplyPointId: point.id,
    fileName: `contrato-${contract.code}.pdf`,
    createdAt: contract.activatedAt,
    render: () =>
      renderContractPdf({
        code: contract.code,
        productName: contract.productName,
        contractedPowerKw: contract.contractedPowerKw,
        startDate: contract.startDate,
        endDate: null,
        customer: account,
        supplyPoint: point,
      }),
  };
}

function invoiceJob(invoice: InvoicePlan): DocumentJob {
  const { point, account } = invoice.contract;
  return {
    id: invoice.documentId,
    title: `Factura ${invoice.number}`,
    titleEn: `Invoice ${invoice.number}`,
    category: 'INVOICE',
    accountId: account.id,
    supplyPointId: point.id,
    fileName: `factura-${invoice.number}.pdf`,
    createdAt: localInstant(invoice.issueDate, 9),
    render: () =>
      renderInvoicePdf({
        number: invoice.number,
        contractCode: invoice.contract.code,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        periodStart: invoice.periodStart,
        periodEnd: invoice.periodEnd,
        customer: account,
        supplyPoint: point,
        energyKwh: invoice.energyKwh,
        lines: invoice.lines,
        taxBase: invoice.taxBase,
        taxAmount: invoice.taxAmount,
        totalAmount: invoice.totalAmount,
      }),
  };
}

const SETTLEMENT_STATUS_LABELS = { PROVISIONAL: 'Provisional', FINAL: 'Definitiva', PAID: 'Pagada' } as const;

function settlementJob(settlement: SettlementPlan): DocumentJob {
  const { point, account, amounts } = settlement;
  const period = settlement.month.slice(0, 7);
  return {
    id: settlement.documentId,
    title: `Liquidación de generación ${period}`,
    titleEn: `Generation settlement ${period}`,
    category: 'SETTLEMENT',
    accountId: account.id,
    supplyPointId: point.id,
    fileName: `liquidacion-${point.cups}-${period}.pdf`,
    createdAt: localInstant(settlement.issueDate, 9),
    render: () =>
      renderSettlementPdf({
        month: settlement.month,
        issueDate: settlement.issueDate,
        statusLabel: SETTLEMENT_STATUS_LABELS[settlement.status],
        generator: account,
        supplyPoint: point,
        exportedKwh: formatScaled(amounts.exportedWh, 3),
        averagePriceEurPerMwh: formatScaled(amounts.capturedPriceCentsPerMwh, 2),
        marketRevenue: formatScaled(amounts.revenueCents, 2),
        charges: amounts.charges.map((charge) => ({ description: charge.description, amount: formatScaled(charge.amountCents, 2) })),
        chargesTotal: formatScaled(amounts.chargesCents, 2),
        netAmount: formatScaled(amounts.netCents, 2),
      }),
  };
}

/**
 * Runs `task` over `items` with at most `concurrency` in flight. On a failure it stops taking new
 * items and still waits for the ones in flight, so the caller's cleanup sees every stored file.
 */
async function mapWithConcurrency<T, R>(items: T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
