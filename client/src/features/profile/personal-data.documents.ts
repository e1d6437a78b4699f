import { graphql } from '../../__generated__/gql.js';

export const MY_PERSONAL_DATA = graphql(`
  query ProfilePersonalData {
    myPersonalData {
      name
      phone
      address
      email
    }
  }
`);

export const UPDATE_MY_PERSONAL_DATA = graphql(`
  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {
    updateMyPersonalData(input: $input) {
      name
      phone
      address
      email
    }
  }
`);

export const REQUEST_EMAIL_CHANGE = graphql(`
  mutation ProfileRequestEmailChange($newEmail: String!) {
    requestEmailChange(newEmail: $newEmail)
  }
`);

export const CONFIRM_EMAIL_CHANGE = graphql(`
  mutation ProfileConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      name
      phone
      address
      email
    }
  }
`);
