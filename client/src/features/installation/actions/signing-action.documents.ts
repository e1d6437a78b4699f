import { graphql } from '../../../__generated__/gql.js';

export const INSTALLATION_SIGNING = graphql(`
  query InstallationSigning($id: ID!) {
    installation(id: $id) {
      id
      signingDocuments { id title signedAt document { id fileName } signedCopy { id fileName } }
      offers {
        id
        title
        status
        acceptedAt
        acceptedByName
        document { id fileName }
      }
    }
  }
`);
