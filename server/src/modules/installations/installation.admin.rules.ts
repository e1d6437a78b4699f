import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

// The internal fields of the detail (installation(id) itself
// follows installationRules: admins see every section and every row); the list is installation-activity's.
export const installationAdminRules: RuleTree = {
  Installation: { accountName: isAdmin, flowId: isAdmin, substate: isAdmin, state: isAdmin, adminHistory: isAdmin },
  AdminInstallationEvent: { '*': isAdmin },
};
