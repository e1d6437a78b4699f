import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

// Importing data is company staff's business only.
export const importsRules: RuleTree = {
  Query: { importJobs: isAdmin, importJob: isAdmin },
  ImportJob: { '*': isAdmin },
  ImportRowErrorType: { '*': isAdmin },
  ImportJobConnection: { '*': isAdmin },
};
