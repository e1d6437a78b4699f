import { isIntrospectionType, isObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema, RULES } from '../src/app/schema.js';

/**
 * graphql-shield denies any field no rule names (fallbackRule), so a forgotten rule is an outage,
 * not a leak; this test turns it into a failing build that names every such field, and every rule
 * that names a field or type the schema no longer has.
 */

let schema: GraphQLSchema;

beforeAll(async () => {
  // Without shield: shield itself throws on the first stale rule, and we want the whole list.
  schema = await createSchema({ permissions: false });
});

function objectTypes(): { name: string; fields: string[] }[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !isIntrospectionType(type))
    .map((type) => ({ name: type.name, fields: Object.keys((type as { getFields(): object }).getFields()) }));
}

describe('permission rules cover the schema', () => {
  it('rule every field of every object type, by a field rule or its type\'s "*"', () => {
    const unruled = objectTypes().flatMap(({ name, fields }) =>
      fields.filter((field) => !RULES[name]?.[field] && !RULES[name]?.['*']).map((field) => `${name}.${field}`),
    );
    expect(unruled, `fields without a rule (add them to the module's *.rules.ts):\n${unruled.join('\n')}`).toEqual([]);
  });

  it('name no field or type the schema does not have', () => {
    const types = new Map(objectTypes().map(({ name, fields }) => [name, new Set(fields)]));
    const stale = Object.entries(RULES).flatMap(([typeName, fields]) => {
      const known = types.get(typeName);
      if (!known) return [`${typeName} (no such object type)`];
      return Object.keys(fields)
        .filter((field) => field !== '*' && !known.has(field))
        .map((field) => `${typeName}.${field}`);
    });
    expect(stale, `rules for fields or types that do not exist:\n${stale.join('\n')}`).toEqual([]);
  });

  it('rule root operations field by field, never with a wildcard', () => {
    const rootTypes = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const wildcards = rootTypes.filter((type) => type && RULES[type.name]?.['*']).map((type) => type!.name);
    expect(wildcards).toEqual([]);
  });

  it('build the protected schema (graphql-shield accepts the rule tree)', async () => {
    await expect(createSchema()).resolves.toBeDefined();
  });
});
