import { gql, type TypedDocumentNode } from '@apollo/client';

// Typed by hand until the client's codegen lands with the portal screens.

export type ViewerData = {
  viewer: { id: string; email: string; name: string; language: 'ES' | 'EN'; sections: string[]; isAdmin: boolean } | null;
};

export const VIEWER: TypedDocumentNode<ViewerData> = gql`
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
`;

export const SIGN_IN: TypedDocumentNode<unknown, { email: string; password: string }> = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
    }
  }
`;

export const REQUEST_SIGN_IN_CODE: TypedDocumentNode<
  { requestSignInCode: { retryAfterSeconds: number } },
  { email: string }
> = gql`
  mutation RequestSignInCode($email: String!) {
    requestSignInCode(email: $email) {
      retryAfterSeconds
    }
  }
`;

export const SIGN_IN_WITH_CODE: TypedDocumentNode<unknown, { email: string; code: string }> = gql`
  mutation SignInWithCode($email: String!, $code: String!) {
    signInWithCode(email: $email, code: $code) {
      id
    }
  }
`;

export const REDEEM_MAGIC_LINK: TypedDocumentNode<unknown, { token: string }> = gql`
  mutation RedeemMagicLink($token: String!) {
    redeemMagicLink(token: $token) {
      id
    }
  }
`;

export const SET_PASSWORD: TypedDocumentNode<unknown, { token: string; password: string }> = gql`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) {
      id
    }
  }
`;

export const SIGN_OUT: TypedDocumentNode<unknown> = gql`
  mutation SignOut {
    signOut
  }
`;
