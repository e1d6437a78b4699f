import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { skipToken, useQuery } from '@apollo/client/react';
import type { Granularity } from '../__generated__/graphql.js';
import { useSelectedSupplyPoint } from './supply-points.js';
import { useSeriesParams, type SeriesParamsOptions } from './use-series-params.js';

/** What every series query takes: one CUPS, local days and a bucket size. */
export type SeriesVariables = { cups: string; from: string; to: string; granularity: Granularity };

/** Supply points that consume: forecasts (and so deviations) exist only for them, not for pure generators. */
export const consumesEnergy = (point: { isGenerator: boolean }) => !point.isGenerator;

/**
 * A series screen's state: the supply point and the period from the URL, and the series they
 * select, not asked for while either is missing or the typed range is wrong.
 */
export function useSeriesQuery<TData>(
  document: TypedDocumentNode<TData, SeriesVariables>,
  options: SeriesParamsOptions,
  supplyPointFilter?: (point: { isGenerator: boolean }) => boolean,
) {
  const supplyPoints = useSelectedSupplyPoint(supplyPointFilter);
  const params = useSeriesParams(options);
  const cups = supplyPoints.selected?.cups;
  const { range, granularity } = params;
  const variables: SeriesVariables | null = cups && range ? { cups, from: range.from, to: range.to, granularity } : null;
  const query = useQuery(document, variables ? { variables } : skipToken);
  // A skipped query keeps its last data: the series of another range must not pass for this one.
  return { supplyPoints, params, query: variables ? query : { ...query, data: undefined } };
}
