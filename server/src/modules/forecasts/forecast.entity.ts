import { Entity, Filter, Property } from '@mikro-orm/core';
import { IntervalEnergy } from '../measurements/measurement.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';

/** Expected energy for one interval of a CUPS; the latest issue replaces earlier ones. */
@Filter(rowScopeFilter((scope) => ({ supplyPoint: { $in: scope.supplyPointIds } })))
@Entity({ tableName: 'forecast' })
export class Forecast extends IntervalEnergy {
  @Property({ type: 'datetime' }) issuedAt!: Date;
}
