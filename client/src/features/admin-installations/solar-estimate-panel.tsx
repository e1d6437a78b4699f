import { useQuery } from '@apollo/client/react';
import { QueryResult } from '../../components/query-result.js';
import { SolarEstimateView } from '../../components/solar-estimate/solar-estimate-view.js';
import { SOLAR_ESTIMATE } from '../../lib/solar-estimate.documents.js';

/** The customer's estimate, beside the offer staff prepare: the same figures the customer sees. */
export function SolarEstimatePanel({ installationId }: { installationId: string }) {
  const query = useQuery(SOLAR_ESTIMATE, { variables: { id: installationId } });
  return (
    <QueryResult result={query.data} query={query}>
      {(data) => <SolarEstimateView estimate={data.solarEstimate ?? null} audience="staff" />}
    </QueryResult>
  );
}
