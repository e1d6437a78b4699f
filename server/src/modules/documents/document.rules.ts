import { canSee, isSignedIn, type RuleTree } from '../../core/permissions/rules.js';

const documents = canSee('DOCUMENTS');

// Invoice.document and GenerationSettlement.document are ruled by their parents' sections.
export const documentRules: RuleTree = {
  Query: { documents, document: documents },
  Document: { '*': documents },
  DocumentConnection: { '*': documents },
  // Only reached through a field ruled by its parent (Document, DocumentRequest).
  TranslatedText: { '*': isSignedIn },
};
