import { graphql } from '../__generated__/gql.js';

// The estimate as both sides show it (SolarEstimateView): the customer's roof step and the admin's offer section.
export const SOLAR_ESTIMATE = graphql(`
  query InstallationSolarEstimate($id: ID!) {
    solarEstimate(installationId: $id) {
      from to peakPowerKwp irradiationSite irradiationZone productionKWh cups measuredHours filledHours consumptionKWh selfConsumedKWh surplusKWh
      selfConsumptionPercent selfSufficiencyPercent savingsEuros savingsMissing
      accountCups
      months { month productionKWh consumptionKWh selfConsumedKWh savingsEuros }
    }
  }
`);
