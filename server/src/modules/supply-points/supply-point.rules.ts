import { canSee, isSignedIn, type RuleTree } from '../../core/permissions/rules.js';

// Every signed-in customer has CUPS; the row scope decides which. SupplyPoint.measurements: measurement.rules.ts.
export const supplyPointRules: RuleTree = {
  Query: { supplyPoints: isSignedIn, supplyPoint: isSignedIn },
  SupplyPoint: { '*': isSignedIn, contracts: canSee('CONTRACTS') },
};
