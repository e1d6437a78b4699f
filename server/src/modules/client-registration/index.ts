import type { ModuleDescriptor } from '../../core/module.js';
import { ClientRegistrationResolver } from './client-registration.resolver.js';
import { clientRegistrationRules } from './client-registration.rules.js';

export const clientRegistrationModule: ModuleDescriptor = {
  name: 'client-registration',
  resolvers: [ClientRegistrationResolver],
  rules: [clientRegistrationRules],
};
