import { useQuery } from '@apollo/client/react';
import { QueryResult } from '../../components/query-result.js';
import { SolarEstimateView } from '../../components/solar-estimate/solar-estimate-view.js';
import { ADMIN_SOLAR_ESTIMATE } from './admin-installations.documents.js';

/** The customer's estimate, beside the offer staff prepare: the same figures the customer sees. */
export function SolarEstimatePanel({ installationId }: { installationId: string }) {
  const query = useQuery(ADMIN_SOLAR_ESTIMATE, { variables: { id: installationId } });
  return (
    <QueryResult result={query.data} query={query}>
      {(data) => <SolarEstimateView estimate={data.solarEstimate ?? null} />}
    </QueryResult>
  );
}
