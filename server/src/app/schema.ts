import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { paginationRules } from '../core/permissions/pagination.rules.js';
import { mergeRuleTrees, withPermissions } from '../core/permissions/shield.js';
import { HealthResolver } from './health.resolver.js';
import { healthRules } from './health.rules.js';
import { MODULES } from './modules.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const RESOLVERS: NonEmptyArray<Function> = [HealthResolver, ...MODULES.flatMap((module) => module.resolvers ?? [])];

/** Every module's rules, merged; a field no tree names is denied (fallbackRule). */
export const RULES = mergeRuleTrees([healthRules, paginationRules, ...MODULES.flatMap((module) => module.rules ?? [])]);

/** The API. `permissions: false` only to measure graphql-shield's cost (pnpm bench). */
export async function createSchema(options: { permissions?: boolean } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Arguments are validated where their meaning lives (shared/ validators, services), not by class-validator.
    validate: false,
  });
  if (options.permissions === false) return schema;
  const before = MODULES.flatMap((module) => (module.graphqlMiddleware ? [module.graphqlMiddleware(schema)] : []));
  return withPermissions(schema, RULES, before);
}

/** The committed schema.graphql: sorted so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
