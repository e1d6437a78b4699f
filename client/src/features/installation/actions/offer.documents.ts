import { graphql } from '../../../__generated__/gql.js';

export const INSTALLATION_OFFERS = graphql(`
  query InstallationOffers($id: ID!) {
    installation(id: $id) {
      id
      offers {
        id
        title
        amount
        peakPowerKwp
        panelCount
        status
        sharedAt
        acceptedAt
        acceptedByName
        document { id fileName }
      }
    }
  }
`);

export const ACCEPT_OFFER = graphql(`
  mutation InstallationAcceptOffer($id: ID!) {
    acceptOffer(id: $id) { id status acceptedAt acceptedByName }
  }
`);
