import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const documents = canSee('DOCUMENTS');

// Invoice.document and GenerationSettlement.document are ruled by their parents' sections.
export const documentRules: RuleTree = {
  Query: { documents, document: documents },
  Document: { '*': documents },
  DocumentConnection: { '*': documents },
};
