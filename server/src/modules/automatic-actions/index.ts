import type { ModuleDescriptor } from '../../core/module.js';
import { addTemplateUseSource } from '../notifications/index.js';
import { automaticActionsUsing } from './automatic-action.admin.service.js';
import { AutomaticAction } from './automatic-action.entity.js';
import { AutomaticActionResolver } from './automatic-action.resolver.js';
import { automaticActionRules } from './automatic-action.rules.js';

export const automaticActionsModule: ModuleDescriptor = {
  name: 'automatic-actions',
  entities: [AutomaticAction],
  resolvers: [AutomaticActionResolver],
  rules: [automaticActionRules],
};

// Notifications sits below this module, so it learns here which templates automatic actions send:
// a template in use cannot be deleted, nor saved with variables its trigger does not give.
addTemplateUseSource(automaticActionsUsing);

// What other modules use of this one.
export { runAutomaticActions } from './automatic-action.service.js';
