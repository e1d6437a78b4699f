import { graphql } from '../../__generated__/gql.js';

export const FORECAST_SERIES = graphql(`
  query ForecastSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
    forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) {
      cups from to granularity
      total
      points { start kWh }
    }
  }
`);
