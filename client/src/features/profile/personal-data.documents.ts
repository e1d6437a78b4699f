import { graphql } from '../../__generated__/gql.js';

// The personal data the card shows: read on opening and answered again by each change to it.
graphql(`
  fragment PersonalDataFields on PersonalData {
    name
    phone
    address
    email
  }
`);

export const MY_PERSONAL_DATA = graphql(`
  query ProfilePersonalData {
    myPersonalData { ...PersonalDataFields }
  }
`);

export const UPDATE_MY_PERSONAL_DATA = graphql(`
  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {
    updateMyPersonalData(input: $input) { ...PersonalDataFields }
  }
`);

export const REQUEST_EMAIL_CHANGE = graphql(`
  mutation ProfileRequestEmailChange($newEmail: String!) {
    requestEmailChange(newEmail: $newEmail)
  }
`);

export const CONFIRM_EMAIL_CHANGE = graphql(`
  mutation ProfileConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) { ...PersonalDataFields }
  }
`);
