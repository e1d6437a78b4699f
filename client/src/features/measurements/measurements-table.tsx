import type { Granularity } from '../../__generated__/graphql.js';
import { Badge } from '../../components/badge.js';
import { SeriesTable } from '../../components/series-table.js';
import { TitledSection } from '../../components/titled-section.js';
import { useFormat } from '../../lib/format.js';
import { estimatedPart, type Bucket } from './measurements-buckets.js';
import { useMessages } from './measurements.messages.js';

const PAGE_SIZE = 100;

type Props = { buckets: readonly Bucket[]; granularity: Granularity; caption: string };

/** The numbers behind the chart, one row per bucket; give it a `key` per series so the page resets. */
export function MeasurementsTable({ buckets, granularity, caption }: Props) {
  const m = useMessages();
  const f = useFormat();

  return (
    <TitledSection title={m('table.title')}>
      <SeriesTable
        caption={caption}
        granularity={granularity}
        startHeader={m('table.start')}
        rows={buckets}
        pageSize={PAGE_SIZE}
        pagerLabel={m('table.pages')}
        pageStatus={({ first, last, total }) => m('table.rows', { first: f.number(first), last: f.number(last), total: f.number(total) })}
        columns={[
          { header: m('table.kWh'), numeric: true, cell: ({ point }) => (point ? f.kWh(point.kWh, 3) : '—') },
          {
            header: m('table.kind'),
            cell: ({ point }) => {
              if (!point) return <Badge>{m('table.missing')}</Badge>;
              // The same part the chart paints: a day with one estimated hour is mostly real.
              const part = estimatedPart(point);
              if (part.kind === 'real') return <Badge tone="ok">{m('table.real')}</Badge>;
              if (part.kind === 'estimated') return <Badge tone="warn">{m('table.estimated')}</Badge>;
              return <Badge tone="warn">{m('table.partlyEstimated', { share: f.percent(part.share * 100) })}</Badge>;
            },
          },
        ]}
      />
    </TitledSection>
  );
}
