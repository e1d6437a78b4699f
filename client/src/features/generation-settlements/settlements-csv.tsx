import type { SettlementsListQuery } from '../../__generated__/graphql.js';
import { CsvExport } from '../../components/csv-export.js';
import { useCsvExportMessages } from '../../components/csv-export.messages.js';
import { csvTable, type CsvColumn } from '../../lib/csv.js';
import { useMessages } from './settlements.messages.js';

type Settlement = SettlementsListQuery['generationSettlements'][number];

/** The CSV of the settlements the table lists: the month's first day, the CUPS, exact amounts and the status in words. */
export function SettlementsCsv({ rows, cups }: { rows: readonly Settlement[]; cups: string | null }) {
  const m = useMessages();
  const c = useCsvExportMessages();
  const columns: CsvColumn<Settlement>[] = [
    { header: m('colMonth'), value: (row) => row.month },
    { header: c('header.cups'), value: (row) => row.supplyPoint.cups },
    { header: `${m('colExported')} (kWh)`, value: (row) => row.exportedKwh, decimal: true },
    { header: `${m('colRevenue')} (€)`, value: (row) => row.marketRevenue, decimal: true },
    { header: `${m('colCharges')} (€)`, value: (row) => row.charges, decimal: true },
    { header: `${m('colNet')} (€)`, value: (row) => row.netAmount, decimal: true },
    { header: m('colStatus'), value: (row) => m(`status.${row.status}`) },
  ];
  return <CsvExport fileName={`${m('csv.filePrefix')}${cups ? `_${cups}` : ''}.csv`} csv={(format) => csvTable(columns, rows, format)} />;
}
