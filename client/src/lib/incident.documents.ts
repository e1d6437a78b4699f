import { graphql } from '../__generated__/gql.js';

// What both incident screens (the customer's and the admin's) show of an incident: in a list
// (IncidentSummary) and on its page (IncidentThread). Each query spreads them by name, as codegen
// joins fragments, and adds its own fields.
graphql(`
  fragment IncidentSummary on Incident {
    id
    status
    description
    createdAt
    installationCode
    type { id name { es en } }
  }
`);

graphql(`
  fragment IncidentThread on Incident {
    ...IncidentSummary
    updatedAt
    replies {
      id
      body
      fromStaff
      authorName
      createdAt
      attachments { id fileName }
    }
  }
`);
