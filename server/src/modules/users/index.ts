import type { ModuleDescriptor } from '../../core/module.js';
import { User, type ViewerUserFields } from './user.entity.js';

/** The User entity and its field rules; managing users is user-admin's, signing in auth's. */
export const usersModule: ModuleDescriptor = {
  name: 'users',
  entities: [User],
};

// `viewer.user` is this module's ViewerUserFields in every Context (core/context.ts reads the registry).
declare module '../../core/context.js' {
  interface ViewerUserRegistry {
    user: ViewerUserFields;
  }
}

// What other modules use of this one.
export { fiscalIdArgument, parseUserInput } from './user-input.js';
export type { UserFields } from './user-input.js';
export { FiscalIdInput, UserInput } from './user.inputs.js';
