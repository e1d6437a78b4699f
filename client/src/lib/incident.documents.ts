import { graphql } from '../__generated__/gql.js';

// What both incident screens (the customer's and the admin's) show of one incident; each query
// spreads it (by name, as codegen joins fragments) and adds its own fields.
graphql(`
  fragment IncidentThread on Incident {
    id
    status
    description
    createdAt
    updatedAt
    installationCode
    type {
      id
      name {
        es
        en
      }
    }
    replies {
      id
      body
      fromStaff
      authorName
      createdAt
    }
  }
`);
