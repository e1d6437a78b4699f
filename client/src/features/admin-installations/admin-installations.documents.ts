import { graphql } from '../../__generated__/gql.js';

export const ADMIN_INSTALLATION_FLOWS = graphql(`
  query AdminInstallationFlows {
    flows {
      id
      name
      states {
        id
        internalName
        portalVisible
        substates { id internalName action portalVisible portalName { es en } }
      }
    }
  }
`);

export const ADMIN_INSTALLATION_LIST = graphql(`
  query AdminInstallationList($filter: AdminInstallationFilter, $sort: AdminInstallationSort, $first: Int!, $after: String) {
    adminInstallations(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        code
        accountName
        address
        updatedAt
        state { id internalName }
        substate { id internalName action }
        customerActivity {
          lastCustomerAction { kind at }
          documentsToReview
          acceptedOffers
          signedCopies
          waitingSince
        }
      }
    }
  }
`);

export const ADMIN_INSTALLATION_DETAIL = graphql(`
  query AdminInstallationDetail($id: ID!) {
    installation(id: $id) {
      id
      code
      address
      failureReason
      accountName
      flowId
      updatedAt
      state { id internalName }
      substate { id internalName action }
      progress { currentStep { id name { es en } } }
      adminHistory { id at kind fromSubstate toSubstate byName byEmail note }
      documentRequests { id name description status rejectionReason updatedAt minFiles maxFiles files { id status updatedAt document { id fileName } } }
      signingDocuments { id title createdAt signedAt document { id fileName } signedCopy { id fileName } }
      offers { id title titleTranslations { en } amount peakPowerKwp panelCount status sharedAt acceptedAt document { id fileName } }
      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }
      roofDrawing {
        id
        planAreaM2
        surfaceAreaM2
        usableAreaM2
        panelCount
        peakPowerKwp
        updatedAt
        updatedBy
        faces { tiltDegrees azimuthDegrees surfaceAreaM2 panelCount peakPowerKwp }
      }
    }
  }
`);

export const ADMIN_MOVE_INSTALLATION = graphql(`
  mutation AdminMoveInstallation($id: ID!, $substateId: ID!, $note: String) {
    moveInstallation(id: $id, substateId: $substateId, note: $note) { id failureReason }
  }
`);

export const ADMIN_REQUEST_DOCUMENT = graphql(`
  mutation AdminRequestInstallationDocument(
    $installationId: ID!
    $name: String!
    $description: String
    $nameEn: String
    $descriptionEn: String
    $minFiles: Int
    $maxFiles: Int
  ) {
    requestInstallationDocument(
      installationId: $installationId
      name: $name
      description: $description
      nameEn: $nameEn
      descriptionEn: $descriptionEn
      minFiles: $minFiles
      maxFiles: $maxFiles
    ) { id }
  }
`);

export const ADMIN_REVIEW_DOCUMENT = graphql(`
  mutation AdminReviewDocumentRequest($id: ID!, $accepted: Boolean!, $reason: String) {
    reviewDocumentRequest(id: $id, accepted: $accepted, reason: $reason) { id status rejectionReason }
  }
`);

export const ADMIN_CANCEL_DOCUMENT = graphql(`
  mutation AdminCancelDocumentRequest($id: ID!) {
    cancelDocumentRequest(id: $id)
  }
`);

export const ADMIN_WITHDRAW_OFFER = graphql(`
  mutation AdminWithdrawOffer($id: ID!) {
    withdrawOffer(id: $id) { id status }
  }
`);

export const ADMIN_SCHEDULE_VISIT = graphql(`
  mutation AdminScheduleInstallerVisit($installationId: ID!, $visitId: ID, $input: InstallerVisitInput!) {
    scheduleInstallerVisit(installationId: $installationId, visitId: $visitId, input: $input) { id }
  }
`);
