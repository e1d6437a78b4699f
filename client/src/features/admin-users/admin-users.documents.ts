import { graphql } from '../../__generated__/gql.js';

// A user as the detail and its form show them: read on opening and again from each update.
graphql(`
  fragment AdminUserFields on User {
    email
    name
    language
    status
    isAdmin
    userTypes
    personalFiscalId
    personalFiscalIdKind
    companyFiscalId
    relatedFiscalIds
    cupsRestriction
  }
`);

export const ADMIN_USERS = graphql(`
  query AdminUsersList($search: String, $first: Int!, $after: String) {
    users(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id email name userTypes status isAdmin lastSignInAt }
    }
  }
`);

export const ADMIN_USER = graphql(`
  query AdminUserDetail($id: ID!) {
    user(id: $id) {
      id
      ...AdminUserFields
      createdAt
      lastSignInAt
    }
  }
`);

export const ADMIN_USER_SESSIONS = graphql(`
  query AdminUserSessions($id: ID!) {
    user(id: $id) {
      id
      sessions { id createdAt lastSeenAt expiresAt userAgent ip current actingAsEmail }
    }
  }
`);

export const ADMIN_USER_AUDIT = graphql(`
  query AdminUserAudit($userId: ID!, $first: Int!, $after: String) {
    auditLog(userId: $userId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        action
        at
        admin { id name email }
        user { id name email }
      }
    }
  }
`);

export const ADMIN_AVAILABLE_CUPS = graphql(`
  query AdminUsersAvailableCups($fiscalIds: [FiscalIdInput!]!) {
    availableCups(fiscalIds: $fiscalIds) { cups address accessTariff accountName fiscalId }
  }
`);

export const ADMIN_CREATE_USER = graphql(`
  mutation AdminCreateUser($input: UserInput!) {
    createUser(input: $input) { id }
  }
`);

export const ADMIN_UPDATE_USER = graphql(`
  mutation AdminUpdateUser($id: ID!, $input: UserInput!) {
    updateUser(id: $id, input: $input) { id ...AdminUserFields }
  }
`);

export const ADMIN_DISABLE_USER = graphql(`
  mutation AdminDisableUser($id: ID!) {
    disableUser(id: $id) { id status }
  }
`);

export const ADMIN_ENABLE_USER = graphql(`
  mutation AdminEnableUser($id: ID!) {
    enableUser(id: $id) { id status }
  }
`);

export const ADMIN_RESEND_WELCOME = graphql(`
  mutation AdminResendWelcome($id: ID!) {
    resendWelcome(id: $id)
  }
`);

export const ADMIN_REVOKE_SESSION = graphql(`
  mutation AdminRevokeUserSession($id: ID!) {
    revokeUserSession(id: $id)
  }
`);

export const ADMIN_REVOKE_SESSIONS = graphql(`
  mutation AdminRevokeUserSessions($userId: ID!) {
    revokeUserSessions(userId: $userId)
  }
`);

export const ADMIN_START_ACTING = graphql(`
  mutation AdminStartActingAs($userId: ID!) {
    startActingAs(userId: $userId) { id readOnly }
  }
`);
