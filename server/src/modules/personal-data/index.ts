import type { ModuleDescriptor } from '../../core/module.js';
import { EmailChangeToken } from './email-change-token.entity.js';
import { PersonalDataResolver } from './personal-data.resolver.js';
import { personalDataRules } from './personal-data.rules.js';
import { purgeExpiredEmailChanges } from './personal-data.service.js';

export const personalDataModule: ModuleDescriptor = {
  name: 'personal-data',
  entities: [EmailChangeToken],
  resolvers: [PersonalDataResolver],
  rules: [personalDataRules],
  purges: [purgeExpiredEmailChanges],
};

// What other modules use of this one.
export { normalizePhone } from './personal-data.service.js';
