import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';

/**
 * What one GraphQL document may ask for. Checked before any resolver runs, so a request of
 * 1,000 aliased sign-in attempts or an endless nesting costs a parse, not 1,000 attempts.
 */
export const QUERY_LIMITS = {
  /** Aliases per operation: enough for a screen, too few to brute-force a code in one request. */
  aliases: 15,
  /** Nesting; the deepest SPA query (invoice → contract → supply point → account) is about 5. */
  depth: 12,
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`. */
  cost: 20_000,
  /** Lexical tokens: a 1 MB body could hold ~250,000; this bounds the parse to a few milliseconds. */
  tokens: 20_000,
  directives: 20,
} as const;

export type QueryLimits = { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; parseOptions: ParseOptions };

/** graphql-armor's rules and plugins for Apollo Server, plus the parser's token limit. */
export function queryLimits(options: { isProduction: boolean }): QueryLimits {
  const armor = new ApolloArmor({
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxDepth: { n: QUERY_LIMITS.depth },
    costLimit: { maxCost: QUERY_LIMITS.cost },
    maxDirectives: { n: QUERY_LIMITS.directives },
    // armor's token plugin throws from a plugin hook, which Apollo answers with HTTP 500; graphql-js's
    // own parser limit (parseOptions.maxTokens) rejects the same documents as a 400 syntax error.
    maxTokens: { enabled: false },
    // "Did you mean …?" would let anyone map the schema in production, where introspection is off.
    blockFieldSuggestion: { enabled: options.isProduction },
  });
  const { plugins, validationRules } = armor.protect();
  // armor's typings name Apollo's CommonJS types; at run time the plugins are plain objects.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules, parseOptions: { maxTokens: QUERY_LIMITS.tokens } };
}
