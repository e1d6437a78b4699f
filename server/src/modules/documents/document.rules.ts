import { canSee, isSignedIn, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const documents = canSee('DOCUMENTS');

// Invoice.document and GenerationSettlement.document are ruled by their parents' sections.
export const documentRules: RuleTree = {
  Query: { documents, document: documents },
  ...wholeTypes(documents, ['Document', 'DocumentConnection']),
  // Only reached through a field ruled by its parent (Document, DocumentRequest).
  TranslatedText: { '*': isSignedIn },
};
