import { afterEach, describe, expect, it } from 'vitest';
import { apolloClient } from '../../lib/apollo.js';
import { SELF_CONSUMPTION_SERIES } from './self-consumption.documents.js';

const FLOWS = {
  importedKWh: '7.130',
  exportedKWh: '7.200',
  generatedKWh: '12.000',
  selfConsumedKWh: '4.800',
  selfSufficiency: '0.4023',
  selfConsumptionShare: '0.4000',
  estimatedKWh: '0.410',
  estimatedShare: '0.0344',
};

// As the cache stores it: each object with its __typename (Apollo adds it to every selection).
const ANSWER = {
  selfConsumption: {
    __typename: 'SelfConsumptionSeries',
    cups: 'ES0031408127365548QX',
    from: '2025-03-30',
    to: '2025-03-30',
    granularity: 'DAY' as const,
    total: { __typename: 'SelfConsumptionTotal', ...FLOWS, intervals: 23, solarIntervals: 23 },
    points: [{ __typename: 'SelfConsumptionPoint', start: '2025-03-29T23:00:00.000Z', estimated: true, ...FLOWS }],
  },
};
const VARIABLES = { cups: 'ES0031408127365548QX', from: '2025-03-30', to: '2025-03-30', granularity: 'DAY' as const };

describe('the self-consumption series in the cache', () => {
  afterEach(() => apolloClient.clearStore());

  it('keeps the flows a bucket and the total select through the fragment on their interface', () => {
    // Without the schema's possibleTypes the cache drops a fragment on an interface, and the screen gets no flows.
    apolloClient.writeQuery({ query: SELF_CONSUMPTION_SERIES, variables: VARIABLES, data: ANSWER });
    expect(apolloClient.readQuery({ query: SELF_CONSUMPTION_SERIES, variables: VARIABLES })).toEqual(ANSWER);
  });
});
