import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { withPermissions } from '../core/permissions/shield.js';
import { RESOLVERS } from './resolvers.js';

/** The API. `permissions: false` only to measure graphql-shield's cost (pnpm bench). */
export async function createSchema(options: { permissions?: boolean } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Arguments are validated where their meaning lives (shared/ validators, services), not by class-validator.
    validate: false,
  });
  return options.permissions === false ? schema : withPermissions(schema);
}

/** The committed schema.graphql: sorted so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
