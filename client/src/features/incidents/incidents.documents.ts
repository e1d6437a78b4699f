import { graphql } from '../../__generated__/gql.js';

export const INCIDENTS_LIST = graphql(`
  query IncidentsList {
    incidents { ...IncidentSummary }
  }
`);

export const INCIDENT_DETAIL = graphql(`
  query IncidentDetail($id: ID!) {
    incident(id: $id) {
      ...IncidentThread
      attachment { id fileName sizeBytes }
    }
  }
`);

export const INCIDENT_FORM_OPTIONS = graphql(`
  query IncidentFormOptions {
    incidentTypes { id name { es en } }
    installations { id code address }
  }
`);

export const INCIDENT_CREATE = graphql(`
  mutation IncidentCreate($input: CreateIncidentInput!) {
    createIncident(input: $input) { id }
  }
`);

export const INCIDENT_REPLY = graphql(`
  mutation IncidentReply($id: ID!, $body: String!) {
    replyToMyIncident(id: $id, body: $body) {
      id
      status
      replies { id fromStaff }
    }
  }
`);
