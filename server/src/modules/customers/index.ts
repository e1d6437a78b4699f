import type { ModuleDescriptor } from '../../core/module.js';
import { CustomerAccountAdminResolver } from './customer-account.admin.resolver.js';
import { customerAccountAdminRules } from './customer-account.admin.rules.js';
import { CustomerAccount } from './customer-account.entity.js';
import { CustomerAccountResolver } from './customer-account.resolver.js';
import { customerAccountRules } from './customer-account.rules.js';

export const customersModule: ModuleDescriptor = {
  name: 'customers',
  entities: [CustomerAccount],
  resolvers: [CustomerAccountResolver, CustomerAccountAdminResolver],
  rules: [customerAccountRules, customerAccountAdminRules],
};
