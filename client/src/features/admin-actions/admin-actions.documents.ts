import { graphql } from '../../__generated__/gql.js';

// An automatic action and a portal event's action as their lists show them: read on opening and
// answered again by each update, so the cache refreshes the row that changed.
graphql(`
  fragment AdminAutomaticActionFields on AutomaticAction {
    id
    trigger
    templateKey
    enabled
    substate { id internalName }
  }
`);

graphql(`
  fragment AdminPortalEventActionFields on PortalEventActionView {
    event
    templateKey
    enabled
    variables
    requiredVariables
  }
`);

export const ADMIN_AUTOMATIC_ACTIONS = graphql(`
  query AdminAutomaticActions {
    automaticActions { ...AdminAutomaticActionFields }
    automaticTriggers { trigger variables }
    emailTemplates { key }
  }
`);

export const ADMIN_ACTIONS_FLOWS = graphql(`
  query AdminActionsFlows {
    flows {
      id
      name
      states {
        id
        internalName
        substates { id internalName }
      }
    }
  }
`);

export const ADMIN_PORTAL_EVENT_ACTIONS = graphql(`
  query AdminPortalEventActions {
    portalEventActions { ...AdminPortalEventActionFields }
    emailTemplates { key }
  }
`);

export const ADMIN_CREATE_AUTOMATIC_ACTION = graphql(`
  mutation AdminCreateAutomaticAction($input: AutomaticActionInput!) {
    createAutomaticAction(input: $input) { id }
  }
`);

export const ADMIN_UPDATE_AUTOMATIC_ACTION = graphql(`
  mutation AdminUpdateAutomaticAction($id: ID!, $input: AutomaticActionInput!) {
    updateAutomaticAction(id: $id, input: $input) { ...AdminAutomaticActionFields }
  }
`);

export const ADMIN_ENABLE_AUTOMATIC_ACTION = graphql(`
  mutation AdminEnableAutomaticAction($id: ID!, $enabled: Boolean!) {
    setAutomaticActionEnabled(id: $id, enabled: $enabled) { id enabled }
  }
`);

export const ADMIN_DELETE_AUTOMATIC_ACTION = graphql(`
  mutation AdminDeleteAutomaticAction($id: ID!) {
    deleteAutomaticAction(id: $id)
  }
`);

export const ADMIN_UPDATE_PORTAL_EVENT_ACTION = graphql(`
  mutation AdminUpdatePortalEventAction($event: PortalEvent!, $templateKey: String, $enabled: Boolean!) {
    updatePortalEventAction(event: $event, templateKey: $templateKey, enabled: $enabled) { ...AdminPortalEventActionFields }
  }
`);
