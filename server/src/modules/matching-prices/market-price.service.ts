import type { EntityManager } from '@mikro-orm/postgresql';
import { executeOnReplica } from '../../core/db/read-routing.js';
import { checkLocalRange } from '../../core/series/local-range.js';
import { inLocalRange, isoInstantSql, localTimeSql } from '../../core/series/series-sql.js';
import type { MarketPriceDay, MarketPricePoint, MarketPriceSeries } from './market-price.types.js';

/** One point per interval, so the range is capped like hourly series. */
export const MAX_MARKET_PRICE_MONTHS = 13;

/** Public day-ahead prices: no CUPS and no row scope. */
export class MarketPriceService {
  constructor(private readonly em: EntityManager) {}

  async series(from: string, to: string): Promise<MarketPriceSeries> {
    const range = checkLocalRange(from, to, MAX_MARKET_PRICE_MONTHS);
    const inRange = inLocalRange('start', range);
    const [rows, days] = await Promise.all([
      executeOnReplica<(Omit<MarketPricePoint, 'start'> & { start: string })[]>(
        this.em,
        `select ${isoInstantSql('start')} as start, interval_minutes as "intervalMinutes", price_es as "priceEs", price_pt as "pricePt"
         from market_price where ${inRange.sql} order by market_price.start`,
        inRange.params,
      ),
      executeOnReplica<MarketPriceDay[]>(
        this.em,
        `select to_char(day, 'YYYY-MM-DD') as date,
                round(avg(price_es), 2) as "averageEs", min(price_es) as "minEs", max(price_es) as "maxEs",
                round(avg(price_pt), 2) as "averagePt", min(price_pt) as "minPt", max(price_pt) as "maxPt"
         from (select ${localTimeSql('start')}::date as day, price_es, price_pt from market_price where ${inRange.sql}) prices
         group by day order by day`,
        inRange.params,
      ),
    ]);
    return { ...range, points: rows.map((row) => ({ ...row, start: new Date(row.start) })), days };
  }
}
