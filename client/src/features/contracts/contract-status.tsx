import type { ContractStatus } from '../../__generated__/graphql.js';
import { Badge, type Tone } from '../../components/badge.js';
import { useMessages } from './contracts.messages.js';

export const CONTRACT_STATUSES: readonly ContractStatus[] = ['ACTIVE', 'SCHEDULED', 'DRAFT', 'TERMINATED'];

// Scheduled: signed and waiting for its start date, nothing to do.
const TONES: Record<ContractStatus, Tone> = { ACTIVE: 'ok', SCHEDULED: 'neutral', DRAFT: 'warn', TERMINATED: 'neutral' };

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const m = useMessages();
  return <Badge tone={TONES[status]}>{m(`status.${status}`)}</Badge>;
}
