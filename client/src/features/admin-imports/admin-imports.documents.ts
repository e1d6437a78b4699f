import { graphql } from '../../__generated__/gql.js';

export const ADMIN_IMPORT_JOBS = graphql(`
  query AdminImportJobs($kind: ImportKind, $first: Int!, $after: String) {
    importJobs(kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        kind
        fileName
        status
        rowsRead
        rowsImported
        rowsRejected
        startedAt
        createdByEmail
      }
    }
  }
`);
