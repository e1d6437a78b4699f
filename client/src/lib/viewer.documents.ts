import { graphql } from '../__generated__/gql.js';
import type { ViewerQuery } from '../__generated__/graphql.js';

// Who is signed in: read by the shell, refetched by every screen that signs in or out. Read first
// without Apollo Client (session.ts), hence its __typename, which Apollo's cache needs when seeded.

export const VIEWER = graphql(`
  query Viewer {
    viewer {
      __typename
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

export type SignedInViewer = NonNullable<ViewerQuery['viewer']>;

export const UPDATE_MY_LANGUAGE = graphql(`
  mutation UpdateMyLanguage($language: Language!) {
    updateMyProfile(language: $language) { id language }
  }
`);
