export const INCIDENT_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
export type AdminIncidentStatus = (typeof INCIDENT_STATUSES)[number];
