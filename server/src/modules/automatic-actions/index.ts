import type { ModuleDescriptor } from '../../core/module.js';
import { AutomaticAction } from './automatic-action.entity.js';
import { AutomaticActionResolver } from './automatic-action.resolver.js';
import { automaticActionRules } from './automatic-action.rules.js';

export const automaticActionsModule: ModuleDescriptor = {
  name: 'automatic-actions',
  entities: [AutomaticAction],
  resolvers: [AutomaticActionResolver],
  rules: [automaticActionRules],
};

// What other modules use of this one.
export { runAutomaticActions } from './automatic-action.service.js';
