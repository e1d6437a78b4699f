import { graphql } from '../../__generated__/gql.js';

// The flows a bucket and the whole range share.
export const SELF_CONSUMPTION_FLOWS = graphql(`
  fragment SelfConsumptionFlowFields on SelfConsumptionFlows {
    importedKWh
    exportedKWh
    generatedKWh
    selfConsumedKWh
    selfSufficiency
    selfConsumptionShare
    estimatedKWh
    estimatedShare
  }
`);

export const SELF_CONSUMPTION_SERIES = graphql(`
  query SelfConsumptionSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
    selfConsumption(cups: $cups, from: $from, to: $to, granularity: $granularity) {
      cups from to granularity
      total {
        ...SelfConsumptionFlowFields
        intervals
        solarIntervals
      }
      points {
        start
        estimated
        ...SelfConsumptionFlowFields
      }
    }
  }
`);

export const SELF_CONSUMPTION_SAVINGS = graphql(`
  query SelfConsumptionSavings($cups: String!, $from: Date!, $to: Date!) {
    selfConsumptionSavings(cups: $cups, from: $from, to: $to) {
      cups from to
      months {
        month
        contractCode
        surplusKWh
        compensationSource
        compensationPrice
        avoidedPurchaseEuros
        compensationBeforeCapEuros
        compensationCapEuros
        compensationEuros
        savingsEuros
        missing
        periods { period energyPrice selfConsumedKWh importedKWh avoidedEuros energyTermEuros }
      }
    }
  }
`);
