import { graphql } from '../../__generated__/gql.js';

export const MEASUREMENTS_SERIES = graphql(`
  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {
      cups from to granularity
      accessTariff
      total
      realKWh
      estimatedKWh
      estimatedShare
      totalsByPeriod { period kWh }
      points { start kWh estimated estimatedKWh intervals }
    }
  }
`);
