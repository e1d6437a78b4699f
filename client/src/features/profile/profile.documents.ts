import { graphql } from '../../__generated__/gql.js';

// The language is saved with UPDATE_MY_LANGUAGE (lib/viewer.documents.ts), shared with the header.

export const PROFILE_UPDATE_NAME = graphql(`
  mutation ProfileUpdateName($name: String!) {
    updateMyProfile(name: $name) { id name }
  }
`);

export const PROFILE_CHANGE_PASSWORD = graphql(`
  mutation ProfileChangePassword($current: String!, $new: String!) {
    changePassword(current: $current, new: $new)
  }
`);
