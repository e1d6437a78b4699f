import { graphql } from '../../__generated__/gql.js';

export const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { id }
  }
`);

export const REQUEST_SIGN_IN_CODE = graphql(`
  mutation RequestSignInCode($email: String!) {
    requestSignInCode(email: $email) { retryAfterSeconds }
  }
`);

export const REQUEST_SIGN_IN_LINK = graphql(`
  mutation RequestSignInLink($email: String!) {
    requestSignInLink(email: $email) { retryAfterSeconds }
  }
`);

export const SIGN_IN_WITH_CODE = graphql(`
  mutation SignInWithCode($email: String!, $code: String!) {
    signInWithCode(email: $email, code: $code) { id }
  }
`);

export const REDEEM_MAGIC_LINK = graphql(`
  mutation RedeemMagicLink($token: String!) {
    redeemMagicLink(token: $token) { id }
  }
`);

export const SET_PASSWORD = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) { id }
  }
`);

export const SET_PASSWORD_LINK = graphql(`
  query SetPasswordLink($token: String!) {
    setPasswordLink(token: $token) { email }
  }
`);
