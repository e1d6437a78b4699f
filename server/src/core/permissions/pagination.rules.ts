import { isSignedIn, type RuleTree } from './rules.js';

// The shared connection parts (core/graphql/pagination.ts); each connection type is ruled by its module.
export const paginationRules: RuleTree = {
  PageInfo: { '*': isSignedIn },
};
