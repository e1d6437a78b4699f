import type { ModuleDescriptor } from '../../core/module.js';
import { ContractActivationResolver } from './contract-activation.resolver.js';
import { contractActivationRules } from './contract-activation.rules.js';
import { Contract } from './contract.entity.js';
import { contractRelationResolvers, ContractResolver } from './contract.resolver.js';
import { contractRules } from './contract.rules.js';
import { ContractPricesResolver } from './contract-prices.resolver.js';
import { contractPricesRules } from './contract-prices.rules.js';

export const contractsModule: ModuleDescriptor = {
  name: 'contracts',
  entities: [Contract],
  resolvers: [ContractResolver, ContractActivationResolver, ContractPricesResolver, ...contractRelationResolvers],
  rules: [contractRules, contractActivationRules, contractPricesRules],
};
