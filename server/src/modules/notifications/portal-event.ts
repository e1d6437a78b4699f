// A leaf without imports: the GraphQL enum is registered from it while the notification modules still load.

/**
 * Events the portal raises; an admin points each at a template (table portal_event_action).
 * The API names them by key (enum PortalEvent, LOGIN_CODE); the code and the table by value.
 */
export const PortalEvent = {
  LOGIN_CODE: 'login-code',
  DOCUMENT_UPLOADED: 'document-uploaded',
  OFFER_ACCEPTED: 'offer-accepted',
  VISIT_VIEWED: 'visit-viewed',
  ROOF_SAVED: 'roof-saved',
  INCIDENT_CREATED: 'incident-created',
  PERSONAL_DATA_UPDATED: 'personal-data-updated',
} as const;
export type PortalEvent = (typeof PortalEvent)[keyof typeof PortalEvent];
export const PORTAL_EVENTS: readonly PortalEvent[] = Object.values(PortalEvent);
