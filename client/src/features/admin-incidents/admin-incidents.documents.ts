import { graphql } from '../../__generated__/gql.js';

export const ADMIN_INCIDENT_INBOX = graphql(`
  query AdminIncidentInbox($filter: AdminIncidentFilter, $first: Int, $after: String) {
    adminIncidents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        ...IncidentSummary
        updatedAt
        accountName
        unreadByStaff
      }
    }
  }
`);

export const ADMIN_INCIDENT_TYPES = graphql(`
  query AdminIncidentTypes {
    adminIncidentTypes {
      id
      active
      position
      incidentCount
      name { es en }
    }
  }
`);

export const ADMIN_INCIDENT_DETAIL = graphql(`
  query AdminIncidentDetail($id: ID!) {
    incident(id: $id) {
      ...IncidentThread
      accountName
      reporterName
      reporterEmail
      unreadByStaff
      attachment { id fileName }
    }
  }
`);

export const ADMIN_INCIDENT_REPLY = graphql(`
  mutation AdminIncidentReply($id: ID!, $body: String!, $status: IncidentStatus) {
    replyToIncident(id: $id, body: $body, status: $status) { id status updatedAt }
  }
`);

export const ADMIN_INCIDENT_MARK_READ = graphql(`
  mutation AdminIncidentMarkRead($id: ID!) {
    markIncidentRead(id: $id) { id unreadByStaff }
  }
`);

export const ADMIN_INCIDENT_SET_STATUS = graphql(`
  mutation AdminIncidentSetStatus($id: ID!, $status: IncidentStatus!) {
    setIncidentStatus(id: $id, status: $status) { id status updatedAt }
  }
`);

export const ADMIN_INCIDENT_TYPE_CREATE = graphql(`
  mutation AdminIncidentTypeCreate($input: IncidentTypeInput!) {
    createIncidentType(input: $input) { id }
  }
`);

export const ADMIN_INCIDENT_TYPE_UPDATE = graphql(`
  mutation AdminIncidentTypeUpdate($id: ID!, $input: IncidentTypeInput!) {
    updateIncidentType(id: $id, input: $input) { id active name { es en } }
  }
`);

export const ADMIN_INCIDENT_TYPE_MOVE = graphql(`
  mutation AdminIncidentTypeMove($id: ID!, $direction: IncidentTypeMoveDirection!) {
    moveIncidentType(id: $id, direction: $direction) { id position }
  }
`);

export const ADMIN_INCIDENT_TYPE_REMOVE = graphql(`
  mutation AdminIncidentTypeRemove($id: ID!) {
    removeIncidentType(id: $id)
  }
`);
