import { Entity, Filter, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';

/** Expected energy for one interval of a CUPS; the latest issue replaces earlier ones. */
@Filter(rowScopeFilter((scope) => ({ supplyPoint: { $in: scope.supplyPointIds } })))
@Entity({ tableName: 'forecast' })
export class Forecast {
  @ManyToOne(() => SupplyPoint, { primary: true, ref: true })
  supplyPoint!: Ref<SupplyPoint>;

  @PrimaryKey({ type: 'datetime' })
  start!: Date;

  @Property({ type: 'smallint' })
  intervalMinutes!: number;

  @Property({ type: 'decimal', precision: 12, scale: 3 })
  kwh!: string;

  @Property({ type: 'datetime' })
  issuedAt!: Date;
}
