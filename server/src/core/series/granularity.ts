import { GRANULARITIES, type Granularity as SharedGranularity } from '@portal/shared';
import { registerEnumType } from 'type-graphql';
import { stringEnum } from '../string-enum.js';

/** How intervals are bucketed; DAY and MONTH follow Europe/Madrid calendar days (23, 24 or 25 hours). */
export type Granularity = SharedGranularity;

// The values come from shared/ (the SPA's range caps use the same list); this object is the
// GraphQL enum, registered here once for every series (measurements, forecasts, deviations).
export const Granularity = stringEnum(GRANULARITIES);

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
