import { graphql } from '../../__generated__/gql.js';

export const SELF_CONSUMPTION_SERIES = graphql(`
  query SelfConsumptionSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
    selfConsumption(cups: $cups, from: $from, to: $to, granularity: $granularity) {
      cups
      from
      to
      granularity
      total {
        importedKWh
        exportedKWh
        generatedKWh
        selfConsumedKWh
        selfSufficiency
        selfConsumptionShare
        estimatedShare
        intervals
        solarIntervals
      }
      points {
        start
        estimated
        importedKWh
        exportedKWh
        generatedKWh
        selfConsumedKWh
        selfSufficiency
        selfConsumptionShare
      }
    }
  }
`);

export const SELF_CONSUMPTION_SAVINGS = graphql(`
  query SelfConsumptionSavings($cups: String!, $from: Date!, $to: Date!) {
    selfConsumptionSavings(cups: $cups, from: $from, to: $to) {
      cups
      from
      to
      months {
        month
        surplusKWh
        compensationSource
        compensationPrice
        avoidedPurchaseEuros
        compensationBeforeCapEuros
        compensationCapEuros
        compensationEuros
        savingsEuros
        missing
        periods {
          period
          energyPrice
          selfConsumedKWh
          importedKWh
          avoidedEuros
          energyTermEuros
        }
      }
    }
  }
`);
