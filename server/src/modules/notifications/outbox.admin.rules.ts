import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

// The sent e-mail log holds every customer's messages: staff only.
export const outboxAdminRules: RuleTree = {
  Query: { outboxEmails: isAdmin, outboxEmail: isAdmin },
  Mutation: { retryOutboxEmail: isAdmin },
  ...wholeTypes(isAdmin, ['OutboxEmail', 'OutboxEmailConnection']),
};
