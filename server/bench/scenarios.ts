import { type AccessTariff, addDays, addMonths, firstOfMonth, lastOfMonth, nationalHolidays, periodsOf, type Section, sumDecimals, tariffPeriodAt } from '@portal/shared';
import type pg from 'pg';

/**
 * The scenarios of pnpm bench: for each, the GraphQL document the SPA sends (copied from
 * client/src/features, so the server does the SPA's work), how its variables are made, and the
 * hand-written SQL that fetches the same data through `pg` with no GraphQL or ORM (the floor).
 */

export type ScenarioName = 'home' | 'invoices' | 'measYearByDay' | 'measMonthByHour' | 'measList1000' | 'measQuarterHourYearByDay' | 'deviationsMonthByHour' | 'adminUsers';

/** The bench's calendar: the day bench:data ran (the data ends the night before). */
export type Dates = { today: string; measuredFrom: string };

/** One request of a scenario: whose session, which variables. */
export type RequestItem = { email: string; token: string; variables: Record<string, unknown> };

export type Scenario = {
  name: ScenarioName;
  title: string;
  /** The section a viewer needs (null: admins only). */
  section: Section | null;
  query: string;
  /** Who asks (see bench.ts pools) and what. */
  pool: 'home' | 'invoices' | 'hourlyCups' | 'quarterHourCups' | 'forecastCups' | 'admin';
  variables: (dates: Dates, subject: { cups?: string; index: number }) => Record<string, unknown>;
  /** A number both answers must agree on (checked before loading). */
  checkGraphql: (data: any) => string;
  checkRaw: (json: any) => string;
};

const MEASUREMENTS_SERIES = /* GraphQL */ `
  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {
      cups accessTariff from to granularity total realKWh estimatedKWh estimatedShare
      totalsByPeriod { period kWh }
      points { start kWh estimated intervals }
    }
  }`;

const yearByDay = (dates: Dates) => ({ from: dates.measuredFrom, to: addDays(dates.today, -1), granularity: 'DAY' });
const lastMonth = (dates: Dates) => {
  const first = firstOfMonth(addMonths(dates.today, -1));
  return { from: first, to: lastOfMonth(first) };
};
const measurementsCheck = { checkGraphql: (d: any) => `${d.measurements.total}/${d.measurements.points.length}`, checkRaw: (j: any) => `${j.total}/${j.points.length}` };

export const SCENARIOS: Scenario[] = [
  {
    name: 'home',
    title: 'customer home (invoices, contracts, consumption cards)',
    section: 'MEASUREMENTS',
    pool: 'home',
    // HomeInvoices + HomeContracts + HomeConsumption of client/src/features/home in one operation.
    query: /* GraphQL */ `
      query BenchHome($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {
        latest: invoices(first: 1) { totalCount nodes { id number periodStart periodEnd totalAmount dueDate status } }
        overdue: invoices(first: 1, filter: { status: OVERDUE }) { totalCount }
        all: contracts(first: 1) { totalCount }
        active: contracts(first: 1, filter: { status: ACTIVE }) { totalCount }
        supplyPoints {
          id cups
          thisMonth: measurements(from: $from, to: $to, granularity: DAY) { total }
          lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) { total }
        }
      }`,
    variables: (dates) => {
      const to = addDays(dates.today, -1);
      const from = firstOfMonth(to);
      return { from, to, lastYearFrom: addMonths(from, -12), lastYearTo: addMonths(to, -12) };
    },
    checkGraphql: (d) => `${d.latest.totalCount}/${d.overdue.totalCount}/${d.active.totalCount}/${sumDecimals(d.supplyPoints.map((p: any) => p.thisMonth.total))}`,
    checkRaw: (j) => `${j.invoiceCount}/${j.overdueCount}/${j.activeContracts}/${sumDecimals(j.supplyPoints.map((p: any) => p.thisMonth))}`,
  },
  {
    name: 'invoices',
    title: 'invoices: a page of 20, status and period filters',
    section: 'INVOICES',
    pool: 'invoices',
    query: /* GraphQL */ `
      query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {
        invoices(first: $first, after: $after, filter: $filter) {
          nodes {
            id number periodStart periodEnd issueDate dueDate energyKwh totalAmount status
            supplyPoint { id cups }
            document { id fileName }
          }
          pageInfo { endCursor hasNextPage }
          totalCount
        }
      }`,
    variables: (dates) => ({ first: 20, filter: { status: 'PAID', periodFrom: addMonths(dates.today, -12) } }),
    checkGraphql: (d) => `${d.invoices.totalCount}/${d.invoices.nodes.map((n: any) => n.number).join(',')}`,
    checkRaw: (j) => `${j.totalCount}/${j.nodes.map((n: any) => n.number).join(',')}`,
  },
  {
    name: 'measYearByDay',
    title: 'measurements: one CUPS, a year by day',
    section: 'MEASUREMENTS',
    pool: 'hourlyCups',
    query: MEASUREMENTS_SERIES,
    variables: (dates, { cups }) => ({ cups, ...yearByDay(dates) }),
    ...measurementsCheck,
  },
  {
    name: 'measMonthByHour',
    title: 'measurements: one CUPS, a month by hour',
    section: 'MEASUREMENTS',
    pool: 'hourlyCups',
    query: MEASUREMENTS_SERIES,
    variables: (dates, { cups }) => ({ cups, ...lastMonth(dates), granularity: 'HOUR' }),
    ...measurementsCheck,
  },
  {
    name: 'measList1000',
    title: 'measurements: one CUPS, 42 days by hour (a 1,008-row list)',
    section: 'MEASUREMENTS',
    pool: 'hourlyCups',
    query: MEASUREMENTS_SERIES,
    variables: (dates, { cups }) => ({ cups, from: addDays(dates.today, -42), to: addDays(dates.today, -1), granularity: 'HOUR' }),
    ...measurementsCheck,
  },
  {
    name: 'measQuarterHourYearByDay',
    title: 'measurements: one quarter-hourly CUPS, a year by day',
    section: 'MEASUREMENTS',
    pool: 'quarterHourCups',
    query: MEASUREMENTS_SERIES,
    variables: (dates, { cups }) => ({ cups, ...yearByDay(dates) }),
    ...measurementsCheck,
  },
  {
    name: 'deviationsMonthByHour',
    title: 'deviations: one CUPS, a month by hour',
    section: 'DEVIATIONS',
    pool: 'forecastCups',
    query: /* GraphQL */ `
      query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
        deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {
          cups from to granularity
          points { ...DeviationsPoint }
          summary { measuredKWh forecastKWh deviationKWh absoluteDeviationKWh deviationPercent worstIntervals { ...DeviationsPoint } }
        }
      }
      fragment DeviationsPoint on DeviationPoint { start measuredKWh forecastKWh deviationKWh deviationPercent }`,
    variables: (dates, { cups }) => ({ cups, ...lastMonth(dates), granularity: 'HOUR' }),
    checkGraphql: (d) => `${d.deviations.summary.deviationKWh}/${d.deviations.points.length}`,
    checkRaw: (j) => `${j.summary.deviationKWh}/${j.points.length}`,
  },
  {
    name: 'adminUsers',
    title: 'admin: users search, a page of 20',
    section: null,
    pool: 'admin',
    query: /* GraphQL */ `
      query AdminUsersList($search: String, $first: Int!, $after: String) {
        users(search: $search, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { id email name userTypes status isAdmin lastSignInAt }
        }
      }`,
    variables: (_dates, { index }) => ({ search: ADMIN_SEARCHES[index % ADMIN_SEARCHES.length], first: 20 }),
    checkGraphql: (d) => `${d.users.totalCount}/${d.users.nodes.map((n: any) => n.email).join(',')}`,
    checkRaw: (j) => `${j.totalCount}/${j.nodes.map((n: any) => n.email).join(',')}`,
  },
];

const ADMIN_SEARCHES = ['garcía', 'sl', 'martín', 'cliente1', 'bench', 'lucía'];

// ---------------------------------------------------------------------------------------------
// The floor: hand-written SQL, one round trip per independent piece, scope applied explicitly.

export type Viewer = { userId: string; isAdmin: boolean; userTypes: string[]; accountIds: string[]; supplyPointIds: string[] };

/** Session → user → scope in one statement (what context.ts does in three). */
export const VIEWER_SQL = `
  with viewer as (
    select u.* from session s join app_user u on u.id = s.user_id
    where s.token_hash = $1 and s.revoked_at is null and u.status <> 'DISABLED' and s.absolute_expires_at > now()
  ), accounts as (
    select a.id from viewer v join customer_account a
      on a.fiscal_id = any(array_remove(array[v.personal_fiscal_id, v.company_fiscal_id], null) || v.related_fiscal_ids::varchar[]) or a.registered_user_id = v.id
  )
  select v.id as "userId", v.is_admin as "isAdmin", v.user_types as "userTypes",
         coalesce((select array_agg(id) from accounts), '{}') as "accountIds",
         coalesce((select array_agg(sp.id) from supply_point sp join accounts a on a.id = sp.account_id, viewer v2
                   where cardinality(v2.cups_restriction) = 0 or sp.cups = any(v2.cups_restriction)), '{}') as "supplyPointIds"
  from viewer v`;

const ZONE = `'Europe/Madrid'`;
const localDay = (param: string) => `(${param}::date)::timestamp at time zone ${ZONE}`;
const inRange = (from: string, to: string) => `start >= ${localDay(from)} and start < ${localDay(`(${to}::date + 1)`)}`;
const hourOf = (instant: string) => `date_bin('1 hour', ${instant}, timestamptz '2000-01-01 00:00:00+00')`;
/** A bucket's key per row (days and months from the local time `l`), and its start instant, converted once per bucket. */
const bucketing = (granularity: string): { key: string; start: (key: string) => string } =>
  ({
    QUARTER_HOUR: { key: 'start', start: (key: string) => key },
    HOUR: { key: hourOf('start'), start: (key: string) => key },
    DAY: { key: 'l::date', start: (key: string) => `(${key}::timestamp at time zone ${ZONE})` },
    MONTH: { key: `date_trunc('month', l)`, start: (key: string) => `(${key} at time zone ${ZONE})` },
  })[granularity]!;
const iso = (expression: string) => `to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

type Query = (sql: string, params: unknown[]) => Promise<pg.QueryResult<any>>;

async function visibleSupplyPoint(query: Query, viewer: Viewer, cups: string): Promise<{ id: string; cups: string; access_tariff: string }> {
  const { rows } = await query('select id, cups, access_tariff from supply_point where cups = $1 and id = any($2::uuid[])', [cups, viewer.supplyPointIds]);
  if (!rows[0]) throw new Error('no supply point with this CUPS');
  return rows[0];
}

export const RAW: Record<ScenarioName, (query: Query, viewer: Viewer, v: any) => Promise<unknown>> = {
  async home(query, viewer, v) {
    const scope = [viewer.accountIds, viewer.supplyPointIds];
    const [latest, overdue, contracts, consumption] = await Promise.all([
      query(
        `select id, number, period_start, period_end, total_amount, due_date, status, count(*) over () as total
         from invoice where account_id = any($1::uuid[]) and supply_point_id = any($2::uuid[]) order by issue_date desc, number desc limit 1`,
        scope,
      ),
      query(`select count(*) from invoice where account_id = any($1::uuid[]) and supply_point_id = any($2::uuid[]) and status = 'OVERDUE'`, scope),
      query(
        `select count(*) as "all", count(*) filter (where status = 'ACTIVE') as active from contract where account_id = any($1::uuid[]) and supply_point_id = any($2::uuid[])`,
        scope,
      ),
      // One primary-key range scan per CUPS and range (an OR of both ranges in a join condition
      // is not an index condition: it read each CUPS's whole year).
      query(
        `select sp.id, sp.cups,
                (select coalesce(sum(kwh), 0.000) from measurement where supply_point_id = sp.id and ${inRange('$2', '$3')}) as "thisMonth",
                (select coalesce(sum(kwh), 0.000) from measurement where supply_point_id = sp.id and ${inRange('$4', '$5')}) as "lastYear"
         from supply_point sp where sp.id = any($1::uuid[]) order by sp.cups`,
        [viewer.supplyPointIds, v.from, v.to, v.lastYearFrom, v.lastYearTo],
      ),
    ]);
    return {
      latest: latest.rows[0] ?? null,
      invoiceCount: Number(latest.rows[0]?.total ?? 0),
      overdueCount: Number(overdue.rows[0].count),
      allContracts: Number(contracts.rows[0].all),
      activeContracts: Number(contracts.rows[0].active),
      supplyPoints: consumption.rows,
    };
  },

  async invoices(query, viewer, v) {
    const { rows } = await query(
      `select i.id, i.number, i.period_start, i.period_end, i.issue_date, i.due_date, i.energy_kwh, i.total_amount, i.status,
              sp.id as supply_point_id, sp.cups, d.id as document_id, d.file_name, count(*) over () as total
       from invoice i join supply_point sp on sp.id = i.supply_point_id left join document d on d.id = i.document_id
       where i.account_id = any($1::uuid[]) and i.supply_point_id = any($2::uuid[]) and i.status = $3 and i.period_end >= $4
       order by i.issue_date desc, i.number desc limit $5`,
      [viewer.accountIds, viewer.supplyPointIds, v.filter.status, v.filter.periodFrom, v.first + 1],
    );
    return { totalCount: Number(rows[0]?.total ?? 0), hasNextPage: rows.length > v.first, nodes: rows.slice(0, v.first) };
  },

  measYearByDay: measurements,
  measMonthByHour: measurements,
  measList1000: measurements,
  measQuarterHourYearByDay: measurements,

  async deviationsMonthByHour(query, viewer, v) {
    const point = await visibleSupplyPoint(query, viewer, v.cups);
    const hour = hourOf('start');
    const buckets = bucketing(v.granularity);
    const percent = (d: string, f: string) => `round(100 * ${d} / nullif(${f}, 0), 2)`;
    const { rows } = await query(
      `with measured as (select ${hour} as start, sum(kwh) as kwh from measurement where supply_point_id = $1 and ${inRange('$2', '$3')} group by 1),
            forecasted as (select ${hour} as start, sum(kwh) as kwh from forecast where supply_point_id = $1 and ${inRange('$2', '$3')} group by 1),
            paired as (select start, m.kwh as measured, f.kwh as forecast, m.kwh - f.kwh as deviation from measured m join forecasted f using (start))
       select
         (select coalesce(json_agg(p order by p.bucket), '[]') from (
            select b as bucket, ${iso(buckets.start('b'))} as start, sum(measured) as "measuredKWh", sum(forecast) as "forecastKWh", sum(deviation) as "deviationKWh",
                   ${percent('sum(deviation)', 'sum(forecast)')} as "deviationPercent"
            from (select ${buckets.key} as b, measured, forecast, deviation from (select *, start at time zone ${ZONE} as l from paired) y) x group by b) p) as points,
         (select row_to_json(s) from (
            select coalesce(sum(measured), 0.000)::text as "measuredKWh", coalesce(sum(forecast), 0.000)::text as "forecastKWh",
                   coalesce(sum(deviation), 0.000)::text as "deviationKWh", coalesce(sum(abs(deviation)), 0.000)::text as "absoluteDeviationKWh",
                   ${percent('sum(deviation)', 'sum(forecast)')}::text as "deviationPercent" from paired) s) as summary,
         (select coalesce(json_agg(w), '[]') from (
            select ${iso('start')} as start, measured as "measuredKWh", forecast as "forecastKWh", deviation as "deviationKWh",
                   ${percent('deviation', 'forecast')} as "deviationPercent"
            from paired order by abs(deviation) desc, start limit 5) w) as worst`,
      [point.id, v.from, v.to],
    );
    const row = rows[0];
    return { cups: point.cups, from: v.from, to: v.to, points: row.points, summary: { ...row.summary, worstIntervals: row.worst } };
  },

  async adminUsers(query, viewer, v) {
    if (!viewer.isAdmin) throw new Error('forbidden');
    const term = String(v.search ?? '').trim();
    const pattern = `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const { rows } = await query(
      `select id, email, name, user_types, status, is_admin, last_sign_in_at, count(*) over () as total
       from app_user where email ilike $1 or name ilike $1 order by name, id limit $2`,
      [pattern, v.first + 1],
    );
    return { totalCount: Number(rows[0]?.total ?? 0), hasNextPage: rows.length > v.first, nodes: rows.slice(0, v.first) };
  },
};

/**
 * Points, totals and totals by tariff period of one CUPS in one statement: days and months from
 * the daily rollup, hours and quarter hours from the raw rows with local time once per row and
 * float `date_part` (bench README, "Series layout").
 */
async function measurements(query: Query, viewer: Viewer, v: any): Promise<unknown> {
  const point = await visibleSupplyPoint(query, viewer, v.cups);
  const buckets = bucketing(v.granularity);
  const years = Array.from({ length: Number(v.to.slice(0, 4)) - Number(v.from.slice(0, 4)) + 1 }, (_, i) => Number(v.from.slice(0, 4)) + i);
  const holidays = `{${years.flatMap(nationalHolidays).join(',')}}`;
  const daily = v.granularity === 'DAY' || v.granularity === 'MONTH';
  const { rows } = await query(daily ? ROLLUP_SERIES(buckets) : RAW_SERIES(buckets), [point.id, v.from, v.to, holidays]);
  const groups: { month: number; hour: number; offDay: boolean; kwh: string; estimated: string }[] = rows[0].groups ?? [];
  const total = sumDecimals(groups.map((g) => g.kwh), 3);
  const estimated = daily ? rows[0].estimated : sumDecimals(groups.map((g) => g.estimated), 3);
  const tariff = point.access_tariff as AccessTariff;
  const byPeriod = periodsOf(tariff).map((period) => ({
    period,
    kWh: sumDecimals(groups.filter((g) => tariffPeriodAt(tariff, g) === period).map((g) => g.kwh), 3),
  }));
  return { cups: point.cups, accessTariff: point.access_tariff, from: v.from, to: v.to, total, estimatedKWh: estimated, totalsByPeriod: byPeriod, points: rows[0].points };
}

type Buckets = ReturnType<typeof bucketing>;

/** Hours and quarter hours: from the raw intervals. $1 supply point, $2 from, $3 to, $4 holidays. */
const RAW_SERIES = (buckets: Buckets) => `with intervals as materialized (select start, start at time zone ${ZONE} as l, kwh, estimated from measurement where supply_point_id = $1 and ${inRange('$2', '$3')})
     select
       (select coalesce(json_agg(p order by p.bucket), '[]') from (
          select b as bucket, ${iso(buckets.start('b'))} as start, sum(kwh)::text as "kWh", bool_or(estimated) as estimated, count(*)::int as intervals
          from (select ${buckets.key} as b, kwh, estimated from intervals) x group by b) p) as points,
       (select json_agg(g) from (
          select date_part('month', l)::int as month, date_part('hour', l)::int as hour,
                 (date_part('isodow', l) >= 6 or l::date = any($4::date[])) as "offDay", sum(kwh)::text as kwh,
                 coalesce(sum(kwh) filter (where estimated), 0)::text as estimated
          from intervals group by 1, 2, 3) g) as groups`;

/**
 * Days and months: from the daily rollup measurement_day (one row per local day, with its 24
 * local-hour slots, summed slot by slot per month and off day), `l` being the local day as a timestamp so the buckets are the raw rows' ones.
 */
const ROLLUP_SERIES = (buckets: Buckets) => `with days as materialized (
       select day::timestamp as l, kwh, estimated_kwh, intervals, estimated_intervals, hour_kwh
       from measurement_day where supply_point_id = $1 and day between $2::date and $3::date)
     select
       (select coalesce(json_agg(p order by p.bucket), '[]') from (
          select b as bucket, ${iso(buckets.start('b'))} as start, sum(kwh)::text as "kWh", sum(estimated_intervals) > 0 as estimated, sum(intervals)::int as intervals
          from (select ${buckets.key} as b, kwh, estimated_intervals, intervals from days) x group by b) p) as points,
       (select json_agg(g) from (
          select month, (h.slot - 1)::int as hour, "offDay", h.kwh::text as kwh
          from (select date_part('month', l)::int as month, (date_part('isodow', l) >= 6 or l::date = any($4::date[])) as "offDay",
                       array[${Array.from({ length: 24 }, (_, hour) => `sum(hour_kwh[${hour + 1}])`).join(', ')}] as slots
                from days group by 1, 2) d
          cross join unnest(d.slots) with ordinality as h (kwh, slot) where h.kwh is not null) g) as groups,
       (select coalesce(sum(estimated_kwh), 0.000)::text from days) as estimated`;
