import { graphql } from '../../../__generated__/gql.js';

export const INSTALLATION_VISIT = graphql(`
  query InstallationVisit($id: ID!) {
    installation(id: $id) {
      id
      code
      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }
    }
  }
`);

export const MARK_VISIT_VIEWED = graphql(`
  mutation InstallationMarkVisitViewed($installationId: ID!) {
    markVisitViewed(installationId: $installationId) { id viewedAt }
  }
`);

/** The visit as an iCalendar file: the server checks the session and scope like /files. */
export function visitCalendarUrl(installationId: string): string {
  return `/installations/${encodeURIComponent(installationId)}/visit.ics`;
}
