import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const contracts = canSee('CONTRACTS');

export const contractRules: RuleTree = {
  Query: { contracts, contract: contracts },
  Contract: { '*': contracts },
  ContractConnection: { '*': contracts },
  ContractedPower: { '*': contracts },
};
