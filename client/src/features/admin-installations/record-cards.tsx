import type { ReactNode } from 'react';
import { Badge, type Tone } from '../../components/badge.js';

/** A panel's records (requests, offers, documents to sign) as a list of cards, or one line saying there are none yet. */
export function RecordCards<T>({ records, empty, children }: { records: readonly T[]; empty: string; children: (record: T) => ReactNode }) {
  return records.length === 0 ? <p className="muted">{empty}</p> : <ul className="admin-cards">{records.map(children)}</ul>;
}

/** A card's heading, with the record's state as a badge beside it. */
export function CardTitle({ title, tone, status }: { title: ReactNode; tone: Tone; status: string }) {
  return (
    <div className="admin-card-title">
      <h3>{title}</h3>
      <Badge tone={tone}>{status}</Badge>
    </div>
  );
}
