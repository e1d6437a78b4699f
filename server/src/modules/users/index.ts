import type { ModuleDescriptor } from '../../core/module.js';
import { AdminAuditEntry } from './admin-audit.entity.js';
import { User } from './user.entity.js';
import { UserResolver } from './user.resolver.js';
import { usersRules } from './users.rules.js';

export const usersModule: ModuleDescriptor = {
  name: 'users',
  entities: [User, AdminAuditEntry],
  resolvers: [UserResolver],
  rules: [usersRules],
};

// `viewer.user` is this module's User in every Context (core/context.ts reads the registry).
declare module '../../core/context.js' {
  interface ViewerUserRegistry {
    user: User;
  }
}
