import type { SettlementStatus } from '../../__generated__/graphql.js';
import { Badge, type Tone } from '../../components/badge.js';
import { useMessages } from './settlements.messages.js';

const TONES: Record<SettlementStatus, Tone> = { PROVISIONAL: 'warn', FINAL: 'neutral', PAID: 'ok' };

export function SettlementStatusBadge({ status }: { status: SettlementStatus }) {
  const m = useMessages();
  return <Badge tone={TONES[status]}>{m(`status.${status}`)}</Badge>;
}
