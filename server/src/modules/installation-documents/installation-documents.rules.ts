import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const installation = canSee('INSTALLATION');

// The Document objects under them are ruled by documentRules (DOCUMENTS, which SOLAR_CLIENT has).
export const installationDocumentsRules: RuleTree = {
  Installation: { documentRequests: installation, signingDocuments: installation },
  DocumentRequest: { '*': installation },
  DocumentRequestFile: { '*': installation },
  SigningDocument: { '*': installation },
};
