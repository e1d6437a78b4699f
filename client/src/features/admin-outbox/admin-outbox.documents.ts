import { graphql } from '../../__generated__/gql.js';

// What the list shows of an e-mail; the detail shows the same and more.
graphql(`
  fragment AdminOutboxEmailFields on OutboxEmail {
    to
    subject
    templateKey
    status
    attempts
    lastError
    createdAt
  }
`);

export const ADMIN_OUTBOX_LIST = graphql(`
  query AdminOutboxList($filter: OutboxEmailFilter, $first: Int, $after: String) {
    outboxEmails(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        ...AdminOutboxEmailFields
        sentAt
      }
    }
  }
`);

export const ADMIN_OUTBOX_DETAIL = graphql(`
  query AdminOutboxDetail($id: ID!) {
    outboxEmail(id: $id) {
      id
      ...AdminOutboxEmailFields
      nextAttemptAt
      sentAt
      redacted
      text
      html
    }
  }
`);

export const ADMIN_OUTBOX_RETRY = graphql(`
  mutation AdminOutboxRetry($id: ID!) {
    retryOutboxEmail(id: $id) { id status attempts lastError nextAttemptAt }
  }
`);
