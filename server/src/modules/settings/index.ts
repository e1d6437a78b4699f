import type { ModuleDescriptor } from '../../core/module.js';
import { PortalSettings } from './portal-settings.entity.js';
import { SettingsResolver } from './settings.resolver.js';
import { settingsRules } from './settings.rules.js';

export const settingsModule: ModuleDescriptor = {
  name: 'settings',
  entities: [PortalSettings],
  resolvers: [SettingsResolver],
  rules: [settingsRules],
};

// What other modules use of this one.
export { automaticUserTypeOf, loadSettings, panelSettingsOf } from './settings.service.js';
export { paymentInstructionsFor } from './payment-instructions.js';
export { PaymentInstructionsView } from './settings.types.js';
