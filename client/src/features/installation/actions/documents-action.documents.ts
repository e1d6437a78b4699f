import { graphql } from '../../../__generated__/gql.js';

export const INSTALLATION_DOCUMENT_REQUESTS = graphql(`
  query InstallationDocumentRequests($id: ID!) {
    installation(id: $id) {
      id
      documentRequests {
        id
        name
        description
        status
        rejectionReason
        updatedAt
        minFiles
        maxFiles
        files { id status document { id fileName } }
      }
    }
  }
`);
