import type { EntityManager } from '@mikro-orm/postgresql';
import { executeOnReplica } from '../../core/db/read-routing.js';
import { ACCESS_TARIFFS, nationalHolidays, periodsOf, sumDecimals, tariffPeriodAt, type AccessTariff } from '@portal/shared';
import { checkSeriesRequest, yearsOf, type SeriesRequest } from '../../core/series/local-range.js';
import type { MeasurementPoint, MeasurementSeries, PeriodTotal } from './measurement.types.js';
import { rawSeriesStatement, rollupAnswers, rollupSeriesStatement, type SeriesParts } from './measurement-series-sql.js';
import { seriesForCups, type SupplyPointRef } from '../supply-points/index.js';

type Totals = Pick<MeasurementSeries, 'total' | 'realKWh' | 'estimatedKWh' | 'estimatedShare'>;

/** Measured consumption, aggregated in SQL: the table holds years × CUPS × 8,760–35,040 rows. */
export class MeasurementService {
  constructor(private readonly em: EntityManager) {}

  async seriesForCups(cups: string, request: SeriesRequest, parts: SeriesParts = WHOLE_SERIES): Promise<MeasurementSeries> {
    return seriesForCups(this.em, cups, request, (supplyPoint) => this.series(supplyPoint, request, parts));
  }

  async series(supplyPoint: SupplyPointRef, request: SeriesRequest, parts: SeriesParts = WHOLE_SERIES): Promise<MeasurementSeries> {
    const [series] = await this.seriesOfMany([supplyPoint], request, parts);
    return series!;
  }

  /**
   * The series of several supply points over one request, in their order: one statement in all,
   * whatever their number (SupplyPoint.measurements batches its roots through this), computing
   * only the `parts` asked for (the home card reads a total, not a year of points). The range is
   * read once and aggregated each way asked for: the buckets, the totals, and the groups that
   * decide tariff periods. SQL groups by what decides a tariff period (local month, local hour,
   * off day): at most 13 × 24 × 2 groups per supply point, which shared's tariffPeriodAt maps, so
   * the rules live only there. Parts not asked for are empty. Whole local days (DAY and MONTH
   * points, totals, groups) are read from the daily rollup, hours and quarter hours from the raw
   * intervals (bench README, "Series layout").
   */
  async seriesOfMany(supplyPoints: readonly SupplyPointRef[], request: SeriesRequest, parts: SeriesParts = WHOLE_SERIES): Promise<MeasurementSeries[]> {
    const range = checkSeriesRequest(request);
    if (supplyPoints.length === 0) return [];
    const ids = [...new Set(supplyPoints.map((supplyPoint) => supplyPoint.id))];
    const holidays = parts.periods ? yearsOf(range).flatMap(nationalHolidays) : [];
    const build = rollupAnswers(request.granularity, parts) ? rollupSeriesStatement : rawSeriesStatement;
    const statement = build(ids, range, request.granularity, parts, holidays);
    const [row] = statement
      ? await executeOnReplica<{ points?: PointRow[]; totals?: TotalsRow[]; groups?: GroupRow[] }[]>(this.em, statement.sql, statement.params)
      : [{}];
    const points = groupBySupplyPoint(row!.points ?? [], ({ supplyPointId, start, ...point }) => ({ ...point, start: new Date(start) }));
    const totals = new Map((row!.totals ?? []).map(({ supplyPointId, ...sums }) => [supplyPointId, sums]));
    const groups = groupBySupplyPoint(row!.groups ?? [], (group) => group);
    return supplyPoints.map(({ id, cups, accessTariff }) => ({
      cups,
      accessTariff,
      ...range,
      granularity: request.granularity,
      points: points.get(id) ?? [],
      ...(totals.get(id) ?? EMPTY_TOTALS),
      totalsByPeriod: parts.periods ? periodTotals(accessTariff, groups.get(id) ?? []) : [],
    }));
  }
}

/** What a series computes: its buckets, its totals, its totals per tariff period. */
export type { SeriesParts };

export const WHOLE_SERIES: SeriesParts = { points: true, totals: true, periods: true };

type PointRow = Omit<MeasurementPoint, 'start'> & { start: string; supplyPointId: string };
type TotalsRow = Totals & { supplyPointId: string };
type GroupRow = { supplyPointId: string; month: number; hour: number; offDay: boolean; kwh: string };

/** Every period of the tariff, zero when empty; a tariff the rules do not know has none (rather than guessed ones). */
function periodTotals(accessTariff: string, groups: readonly GroupRow[]): PeriodTotal[] {
  if (!isAccessTariff(accessTariff)) return [];
  const periods = periodsOf(accessTariff);
  const sums = new Map(periods.map((period) => [period, [] as string[]]));
  for (const group of groups) sums.get(tariffPeriodAt(accessTariff, group))?.push(group.kwh);
  return periods.map((period) => ({ period, kWh: sumDecimals(sums.get(period)!, 3) }));
}

/** What `totals` answers for a supply point without intervals in the range. */
const EMPTY_TOTALS: Totals = { total: '0.000', realKWh: '0.000', estimatedKWh: '0.000', estimatedShare: '0.0000' };

/** Rows of several supply points, per supply point, in their order. */
function groupBySupplyPoint<Row extends { supplyPointId: string }, T>(rows: Row[], map: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    let group = groups.get(row.supplyPointId);
    if (!group) groups.set(row.supplyPointId, (group = []));
    group.push(map(row));
  }
  return groups;
}

export function isAccessTariff(value: string): value is AccessTariff {
  return (ACCESS_TARIFFS as readonly string[]).includes(value);
}
