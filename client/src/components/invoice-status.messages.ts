import type { InvoiceStatus } from '../__generated__/graphql.js';
import { defineMessages } from '../lib/i18n.js';

/**
 * The one label of each invoice status, keyed by the API's enum: every screen that names a
 * status reads it here (invoice-status.test.ts fails on a screen with its own text).
 */
export const INVOICE_STATUS_LABELS = {
  es: { ISSUED: 'Pendiente de pago', PAID: 'Pagada', OVERDUE: 'Vencida', CANCELLED: 'Anulada' },
  en: { ISSUED: 'Awaiting payment', PAID: 'Paid', OVERDUE: 'Overdue', CANCELLED: 'Cancelled' },
} as const satisfies Record<'es' | 'en', Record<InvoiceStatus, string>>;

export const useInvoiceStatusLabel = defineMessages<InvoiceStatus>(INVOICE_STATUS_LABELS);
