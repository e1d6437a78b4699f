import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors.js';
import { checkSeriesRequest, type SeriesRequest } from '../../core/series/local-range.js';
import type { SupplyPoint } from './supply-point.entity.js';
import { findSupplyPoint } from './supply-point.service.js';

/** What the series services need of a supply point (an entity, or a field resolver's root). */
export type SupplyPointRef = Pick<SupplyPoint, 'id' | 'cups' | 'accessTariff'>;

/**
 * The supply point a series is asked for. Found through the EntityManager, so the viewer's row
 * scope (MikroORM filters) applies; raw SQL afterwards only receives the resolved id. A CUPS
 * outside the scope gets exactly the answer of one that does not exist.
 */
export async function requireSupplyPoint(em: EntityManager, cups: string): Promise<SupplyPoint> {
  const supplyPoint = await findSupplyPoint(em, cups);
  if (!supplyPoint) throw badInput('cups', 'no supply point with this CUPS');
  return supplyPoint;
}

/**
 * A series of the supply point with this CUPS: `request` is checked before the lookup, so a bad
 * range never costs a query; `series` then reads it for the supply point found.
 */
export async function seriesForCups<T>(
  em: EntityManager,
  cups: string,
  request: SeriesRequest,
  series: (supplyPoint: SupplyPoint) => Promise<T>,
): Promise<T> {
  checkSeriesRequest(request);
  return series(await requireSupplyPoint(em, cups));
}

/** A service reading one series of a supply point, asked for by its CUPS (resolved as seriesForCups does). */
export abstract class SupplyPointSeriesService<Series> {
  constructor(protected readonly em: EntityManager) {}

  async seriesForCups(cups: string, request: SeriesRequest): Promise<Series> {
    return seriesForCups(this.em, cups, request, (supplyPoint) => this.series(supplyPoint, request));
  }

  abstract series(supplyPoint: SupplyPointRef, request: SeriesRequest): Promise<Series>;
}
