import { registerEnumType } from 'type-graphql';

/** How intervals are bucketed; DAY and MONTH follow Europe/Madrid calendar days (23, 24 or 25 hours). */
export enum Granularity {
  QUARTER_HOUR = 'QUARTER_HOUR',
  HOUR = 'HOUR',
  DAY = 'DAY',
  MONTH = 'MONTH',
}

// Registered beside the enum so that any module using it (forecasts, deviations) gets it in the schema.
registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'Bucket size of a series. DAY and MONTH are local (Europe/Madrid) calendar days and months.',
  valuesConfig: {
    QUARTER_HOUR: { description: 'The stored intervals as they are (hourly rows stay hourly).' },
    HOUR: { description: 'Clock hours.' },
    DAY: { description: 'Local calendar days, starting at local midnight.' },
    MONTH: { description: 'Local calendar months, starting at local midnight of the 1st.' },
  },
});
