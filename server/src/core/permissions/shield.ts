import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { healthRules } from '../../app/health.rules.js';
import { forbidden, type RuleTree } from './rules.js';

/** Every module's rules; a field no tree names is denied (fallbackRule). */
const RULE_TREES: RuleTree[] = [healthRules];

/** Merges the modules' trees; two modules ruling the same field is a mistake, not an override. */
export function mergeRuleTrees(trees: RuleTree[]): RuleTree {
  const merged: RuleTree = {};
  for (const tree of trees) {
    for (const [typeName, fields] of Object.entries(tree)) {
      const target = (merged[typeName] ??= {});
      for (const [field, fieldRule] of Object.entries(fields)) {
        if (target[field]) throw new Error(`Two rules for ${typeName}.${field}`);
        target[field] = fieldRule;
      }
    }
  }
  return merged;
}

export const RULES = mergeRuleTrees(RULE_TREES);

/**
 * Deny unless a rule allows. Errors thrown by resolvers pass through as they are
 * (allowExternalErrors), so a database fault is never reported as FORBIDDEN.
 */
export function withPermissions(schema: GraphQLSchema): GraphQLSchema {
  return applyMiddleware(
    schema,
    shield(RULES, { fallbackRule: deny, allowExternalErrors: true, fallbackError: forbidden(), debug: false }),
  );
}
