import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/**
 * Arguments for root operations, generated from the schema: a valid sample for any input type,
 * and the document that calls a root field with given argument values, as variables or as
 * literals. Shared by the tests that walk every operation (admin-operations, graphql-fuzz).
 */

export type Operation = { query: string; variables: Record<string, unknown> };

/** How argument values travel: in `variables` (JSON), or written into the document. */
export type ArgumentMode = 'variables' | 'literals';

export const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2026-01-01',
  DateTime: '2026-01-01T00:00:00.000Z',
  DateTimeISO: '2026-01-01T00:00:00.000Z',
  Decimal: '1',
};

/** Strings whose name says they must look like something: a sample a validator lets through. */
const NAMED_STRING_SAMPLES: Record<string, string> = {
  email: 'someone@example.com',
  newEmail: 'someone.new@example.com',
  billingEmail: 'billing@example.com',
};

/**
 * A value GraphQL accepts for `type` (required fields only), so only a rule or a resolver can
 * refuse; `name` (of the argument or input field) picks a well-formed e-mail where one is due.
 */
export function sampleValue(type: GraphQLInputType, name?: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (name && type.name === 'String' && NAMED_STRING_SAMPLES[name]) return NAMED_STRING_SAMPLES[name];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  const value = SCALAR_SAMPLES[type.name];
  if (value === undefined) throw new Error(`No sample value for scalar ${type.name}: add one`);
  return value;
}

/** Valid samples of the field's required arguments: the baseline a test changes one argument of. */
export function requiredArguments(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  return Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, sampleValue(arg.type, arg.name)]));
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * `value` written as a GraphQL literal where `type` is expected. Values need not match the type
 * (that is what hostile input is): a string where an enum goes is written bare when it can be a
 * name, anything else the way JSON would write it.
 */
export function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const element = inner && isListType(inner) ? inner.ofType : inner;
    return `[${value.map((item) => literal(item, element)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${key}: ${literal(item, fields[key]?.type)}`);
    return `{${entries.join(', ')}}`;
  }
  if (typeof value === 'string' && inner && isEnumType(inner) && NAME.test(value)) return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The document calling root `field` with `args` (absent ones omitted), selecting only `__typename`. */
export function rootOperation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  mode: ArgumentMode = 'variables',
): Operation {
  const given = field.args.filter((arg) => arg.name in args);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  if (given.length === 0) return { query: `${kind} Walk { ${field.name}${selection} }`, variables: {} };
  if (mode === 'literals') {
    const written = given.map((arg) => `${arg.name}: ${literal(args[arg.name], arg.type)}`).join(', ');
    return { query: `${kind} Walk { ${field.name}(${written})${selection} }`, variables: {} };
  }
  const header = given.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    query: `${kind} Walk(${header}) { ${field.name}(${passed})${selection} }`,
    variables: Object.fromEntries(given.map((arg) => [arg.name, args[arg.name]])),
  };
}
