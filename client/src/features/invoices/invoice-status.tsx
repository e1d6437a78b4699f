import type { InvoiceStatus } from '../../__generated__/graphql.js';
import { Badge, type Tone } from '../../components/badge.js';
import { useMessages } from './invoices.messages.js';

export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['ISSUED', 'PAID', 'OVERDUE', 'CANCELLED'];

// Overdue needs the customer's attention; issued is waiting for payment; paid is done.
const TONES: Record<InvoiceStatus, Tone> = { ISSUED: 'warn', PAID: 'ok', OVERDUE: 'bad', CANCELLED: 'neutral' };

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const m = useMessages();
  return <Badge tone={TONES[status]}>{m(`status.${status}`)}</Badge>;
}
