import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const customerAccountAdminRules: RuleTree = {
  Query: { adminCustomerAccounts: isAdmin, adminCustomerAccount: isAdmin },
  CustomerAccountConnection: { '*': isAdmin },
  CustomerAccount: {
    supplyPointCount: isAdmin,
    contractCount: isAdmin,
    draftContractCount: isAdmin,
    installationCount: isAdmin,
    portalUsers: isAdmin,
    installations: isAdmin,
  },
};
