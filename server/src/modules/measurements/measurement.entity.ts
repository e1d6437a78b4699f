import { Entity, Filter, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';

/**
 * The key and energy of one interval of a CUPS: the columns measurements and forecasts share.
 * No surrogate id: the primary key (supply point, start) is the index every read uses.
 */
export abstract class IntervalEnergy {
  @ManyToOne(() => SupplyPoint, { primary: true, ref: true }) supplyPoint!: Ref<SupplyPoint>;
  @PrimaryKey({ type: 'datetime' }) start!: Date;
  @Property({ type: 'smallint' }) intervalMinutes!: number;
  @Property({ type: 'decimal', precision: 12, scale: 3 }) kwh!: string;
}

/**
 * One interval of active energy. The big table: read only through aggregating SQL
 * (measurement.service.ts) and written with COPY, never row by row as entities.
 */
@Filter(rowScopeFilter((scope) => ({ supplyPoint: { $in: scope.supplyPointIds } })))
@Entity({ tableName: 'measurement' })
export class Measurement extends IntervalEnergy {
  @Property({ type: 'boolean' }) estimated!: boolean;

  /** Energy exported to the grid in the interval (Datadis curves of self-consumers); null when unknown. */
  @Property({ type: 'decimal', precision: 12, scale: 3, nullable: true }) surplusKwh?: string | null;

  /** Energy generated in the interval (Datadis); null when unknown. */
  @Property({ type: 'decimal', precision: 12, scale: 3, nullable: true }) generatedKwh?: string | null;

  /** Energy self-consumed in the interval (Datadis); null when unknown. */
  @Property({ type: 'decimal', precision: 12, scale: 3, nullable: true }) selfConsumedKwh?: string | null;
}
