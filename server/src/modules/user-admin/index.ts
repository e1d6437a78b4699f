import type { ModuleDescriptor } from '../../core/module.js';
import { UserResolver } from './user.resolver.js';
import { usersRules } from './users.rules.js';

export const userAdminModule: ModuleDescriptor = {
  name: 'user-admin',
  resolvers: [UserResolver],
  rules: [usersRules],
};
