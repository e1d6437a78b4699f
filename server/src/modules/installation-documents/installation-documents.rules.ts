import { canSee, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const installation = canSee('INSTALLATION');

// The Document objects under them are ruled by documentRules (DOCUMENTS, which SOLAR_CLIENT has).
export const installationDocumentsRules: RuleTree = {
  Installation: { documentRequests: installation, signingDocuments: installation },
  ...wholeTypes(installation, ['DocumentRequest', 'DocumentRequestFile', 'SigningDocument']),
};
