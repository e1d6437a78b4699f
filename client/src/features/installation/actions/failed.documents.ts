import { graphql } from '../../../__generated__/gql.js';

export const INSTALLATION_FAILURE = graphql(`
  query InstallationFailure($id: ID!) {
    installation(id: $id) {
      id
      failureReason
      restartAllowed
    }
  }
`);
