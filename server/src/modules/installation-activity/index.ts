import type { ModuleDescriptor } from '../../core/module.js';
import { InstallationActivityAdminResolver } from './installation-activity.admin.resolver.js';
import { installationActivityAdminRules } from './installation-activity.admin.rules.js';

/** Staff's installation list with what each customer did last and what waits for staff. */
export const installationActivityModule: ModuleDescriptor = {
  name: 'installation-activity',
  resolvers: [InstallationActivityAdminResolver],
  rules: [installationActivityAdminRules],
};
