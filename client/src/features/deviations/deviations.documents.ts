import { graphql } from '../../__generated__/gql.js';

export const DEVIATION_SERIES = graphql(`
  query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
    deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {
      cups from to granularity
      points { ...DeviationsPoint }
      summary {
        measuredKWh
        forecastKWh
        deviationKWh
        absoluteDeviationKWh
        deviationPercent
        worstIntervals { ...DeviationsPoint }
      }
    }
  }

  fragment DeviationsPoint on DeviationPoint {
    start
    measuredKWh
    forecastKWh
    deviationKWh
    deviationPercent
  }
`);
