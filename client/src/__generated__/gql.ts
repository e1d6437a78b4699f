/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      retryAfterSeconds\n    }\n  }\n": typeof types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      id\n    }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      id\n    }\n  }\n": typeof types.RedeemMagicLinkDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      id\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      retryAfterSeconds\n    }\n  }\n": types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      id\n    }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      id\n    }\n  }\n": types.RedeemMagicLinkDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      id\n    }\n  }\n": types.SetPasswordDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      retryAfterSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      retryAfterSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;