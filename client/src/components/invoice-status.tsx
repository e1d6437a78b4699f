import type { InvoiceStatus } from '../__generated__/graphql.js';
import { Badge, type Tone } from './badge.js';
import { useInvoiceStatusLabel } from './invoice-status.messages.js';

export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['ISSUED', 'PAID', 'OVERDUE', 'CANCELLED'];

// Overdue needs the customer's attention; issued is waiting for payment; paid is done.
const TONES: Record<InvoiceStatus, Tone> = { ISSUED: 'warn', PAID: 'ok', OVERDUE: 'bad', CANCELLED: 'neutral' };

/** An invoice's status as every screen shows it: one label and one tone per status. */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const label = useInvoiceStatusLabel();
  return <Badge tone={TONES[status]}>{label(status)}</Badge>;
}
