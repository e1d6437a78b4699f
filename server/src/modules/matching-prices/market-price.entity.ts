import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Day-ahead market marginal price (precio de casación) for one interval. Public data. */
@Entity({ tableName: 'market_price' })
export class MarketPrice {
  @PrimaryKey({ type: 'datetime' }) start!: Date;
  @Property({ type: 'smallint' }) intervalMinutes!: number;
  @Property({ type: 'decimal', precision: 10, scale: 2 }) priceEs!: string;
  @Property({ type: 'decimal', precision: 10, scale: 2 }) pricePt!: string;
}
