import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

// The flow editor is company staff's business only (Flow/FlowState/FlowSubstate types are ruled in installation.rules.ts).
export const flowEditorRules: RuleTree = {
  Query: { flow: isAdmin },
  Mutation: {
    updateFlow: isAdmin,
    createFlowState: isAdmin,
    updateFlowState: isAdmin,
    moveFlowState: isAdmin,
    deleteFlowState: isAdmin,
    createFlowSubstate: isAdmin,
    updateFlowSubstate: isAdmin,
    moveFlowSubstate: isAdmin,
    deleteFlowSubstate: isAdmin,
  },
};
