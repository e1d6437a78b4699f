import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql.js';
import { useSearchParam } from './use-search-param.js';

export const SUPPLY_POINTS = graphql(`
  query SupplyPoints {
    supplyPoints {
      id
      cups
      address
      accessTariff
      isGenerator
    }
  }
`);

/**
 * The viewer's supply points and the one chosen in the URL (?cups=), defaulting to the first.
 * A CUPS in the URL that the viewer cannot see is ignored, exactly as if it did not exist.
 */
export function useSelectedSupplyPoint(filter: (point: { isGenerator: boolean }) => boolean = () => true) {
  const query = useQuery(SUPPLY_POINTS);
  const [cupsParam, setCups] = useSearchParam('cups');
  const supplyPoints = (query.data?.supplyPoints ?? []).filter(filter);
  const selected = supplyPoints.find((point) => point.cups === cupsParam) ?? supplyPoints[0] ?? null;
  return { ...query, supplyPoints, selected, setCups };
}
