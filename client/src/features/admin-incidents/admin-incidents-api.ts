import type { IncidentStatus } from '../../__generated__/graphql.js';

export const INCIDENT_STATUSES: readonly IncidentStatus[] = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
