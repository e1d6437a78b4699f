import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const installationDocumentsAdminRules: RuleTree = {
  Mutation: { requestInstallationDocument: isAdmin, reviewDocumentRequest: isAdmin, cancelDocumentRequest: isAdmin },
};
