import { graphql } from '../../__generated__/gql.js';

export const ADMIN_FLOW_LIST = graphql(`
  query AdminFlowList {
    flows {
      id
      name
      restartAllowed
      states {
        id
        substates { id }
      }
    }
  }
`);

export const ADMIN_FLOW_SUBSTATE_FIELDS = graphql(`
  fragment AdminFlowSubstateFields on FlowSubstate {
    id
    position
    internalName
    portalName { es en }
    portalDescription { es en }
    portalVisible
    view
    action
    installationCount
  }
`);

export const ADMIN_FLOW_STATE_FIELDS = graphql(`
  fragment AdminFlowStateFields on FlowState {
    id
    position
    internalName
    portalName { es en }
    portalDescription { es en }
    portalVisible
    substates { ...AdminFlowSubstateFields }
  }
`);

export const ADMIN_FLOW_EDITOR = graphql(`
  query AdminFlowEditor($id: ID!) {
    flow(id: $id) {
      id
      name
      nameTranslations { es en }
      restartAllowed
      states { ...AdminFlowStateFields }
    }
  }
`);

export const ADMIN_FLOW_UPDATE = graphql(`
  mutation AdminFlowUpdate($id: ID!, $input: FlowInput!) {
    updateFlow(id: $id, input: $input) { id name nameTranslations { es en } restartAllowed }
  }
`);

export const ADMIN_FLOW_CREATE_STATE = graphql(`
  mutation AdminFlowCreateState($flowId: ID!, $input: FlowStateInput!) {
    createFlowState(flowId: $flowId, input: $input) { id }
  }
`);

export const ADMIN_FLOW_UPDATE_STATE = graphql(`
  mutation AdminFlowUpdateState($id: ID!, $input: FlowStateInput!) {
    updateFlowState(id: $id, input: $input) { id internalName portalName { es en } portalDescription { es en } portalVisible }
  }
`);

export const ADMIN_FLOW_MOVE_STATE = graphql(`
  mutation AdminFlowMoveState($id: ID!, $position: Int!) {
    moveFlowState(id: $id, position: $position) { id states { ...AdminFlowStateFields } }
  }
`);

export const ADMIN_FLOW_DELETE_STATE = graphql(`
  mutation AdminFlowDeleteState($id: ID!) {
    deleteFlowState(id: $id) { id states { ...AdminFlowStateFields } }
  }
`);

export const ADMIN_FLOW_CREATE_SUBSTATE = graphql(`
  mutation AdminFlowCreateSubstate($stateId: ID!, $input: FlowSubstateInput!) {
    createFlowSubstate(stateId: $stateId, input: $input) { id }
  }
`);

export const ADMIN_FLOW_UPDATE_SUBSTATE = graphql(`
  mutation AdminFlowUpdateSubstate($id: ID!, $input: FlowSubstateInput!) {
    updateFlowSubstate(id: $id, input: $input) { ...AdminFlowSubstateFields }
  }
`);

export const ADMIN_FLOW_MOVE_SUBSTATE = graphql(`
  mutation AdminFlowMoveSubstate($id: ID!, $stateId: ID, $position: Int!) {
    moveFlowSubstate(id: $id, stateId: $stateId, position: $position) { id states { ...AdminFlowStateFields } }
  }
`);

export const ADMIN_FLOW_DELETE_SUBSTATE = graphql(`
  mutation AdminFlowDeleteSubstate($id: ID!) {
    deleteFlowSubstate(id: $id) { id states { ...AdminFlowStateFields } }
  }
`);
