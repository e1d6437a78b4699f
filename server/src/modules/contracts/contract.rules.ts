import { canSee, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const contracts = canSee('CONTRACTS');

export const contractRules: RuleTree = {
  Query: { contracts, contract: contracts },
  ...wholeTypes(contracts, ['Contract', 'ContractConnection', 'ContractedPower']),
};
