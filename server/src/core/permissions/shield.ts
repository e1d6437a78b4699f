// What a client sees when a field is denied: the field answers null and `errors` carries an entry
// at that path with extensions.code FORBIDDEN (UNAUTHENTICATED when signed out). As everywhere in
// GraphQL, a null in a non-null field nulls its nearest nullable parent, up to `data` itself for a
// non-null root field (contracts, invoices…). So the SPA only asks for what viewer.sections allows,
// and uses errorPolicy 'all' where a field can still be denied. Out-of-scope rows are not denied
// but absent (row-scope.ts): denial says "not your section", never "this row exists".
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddlewareTypeMap } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import type { Context } from '../context.js';
import { unwrapRedundantChecks } from './redundant-checks.js';
import { forbidden, unauthenticated, type RuleTree } from './rules.js';

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

/**
 * Deny unless a rule allows (`rules`: every module's trees, merged by mergeRuleTrees). Errors
 * thrown by resolvers pass through as they are (allowExternalErrors), so a database fault is never reported as FORBIDDEN. Rules only read
 * the context (viewer, sections), cached once per request: no per-field queries. Checks that
 * cannot change the answer are taken off again (redundant-checks.ts).
 */
export function withPermissions(
  schema: GraphQLSchema,
  rules: RuleTree,
  /** Applied before the rules, in this order (e.g. auth's read-only guard while acting). */
  before: IMiddlewareTypeMap<unknown, Context>[] = [],
): GraphQLSchema {
  const secured = applyMiddleware(
    schema,
    ...before,
    shield(rules, { fallbackRule: deny, allowExternalErrors: true, fallbackError: deniedError, debug: false }),
  );
  unwrapRedundantChecks(secured, schema, rules, deny);
  return secured;
}

/** For `deny` (a field no rule names): the same codes as the rules give. */
function deniedError(_error: unknown, _parent: unknown, _args: unknown, ctx: object): Error {
  return (ctx as Partial<Context>).viewer ? forbidden() : unauthenticated();
}
