import { graphql } from '../../__generated__/gql.js';

export const DOCUMENTS_PAGE = graphql(`
  query DocumentsPage($first: Int!, $after: String, $filter: DocumentFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        title
        category
        folder
        fileName
        sizeBytes
        createdAt
        supplyPoint { id cups }
      }
    }
  }
`);
