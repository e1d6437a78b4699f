import { graphql } from '../__generated__/gql.js';

// Who is signed in: read by the shell, refetched by every screen that signs in or out.

export const VIEWER = graphql(`
  query Viewer {
    viewer {
      id
      email
      name
      language
      sections
      isAdmin
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);
