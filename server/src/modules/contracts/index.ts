import type { ModuleDescriptor } from '../../core/module.js';
import { ContractActivationResolver } from './contract-activation.resolver.js';
import { contractActivationRules } from './contract-activation.rules.js';
import { Contract } from './contract.entity.js';
import { ContractResolver } from './contract.resolver.js';
import { contractRules } from './contract.rules.js';

export const contractsModule: ModuleDescriptor = {
  name: 'contracts',
  entities: [Contract],
  resolvers: [ContractResolver, ContractActivationResolver],
  rules: [contractRules, contractActivationRules],
};
