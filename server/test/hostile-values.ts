import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { sampleValue } from './graphql-arguments.js';

/**
 * Hostile values for GraphQL arguments, by the type they are sent for: what an attacker types
 * into any field. Each kind names a family; fast-check draws the concrete value (from the run's
 * seed), so a failure is reported by kind and replayed by seed.
 */

/** `costly`: big to send and to refuse; sent as one role (drawn) instead of all three. */
export type HostileKind = { kind: string; value: fc.Arbitrary<unknown>; costly?: true };

/** Where in an argument a hostile value goes: `input.faces.[].name` is the `name` of a face in `input.faces`. */
export type HostileTarget = { path: string[]; type: GraphQLInputType; kinds: HostileKind[] };

/** The path step into a list's element. */
const ELEMENT = '[]';
const MEGABYTE = 1_000_000; // under express.json's 1 MiB body limit, so it reaches GraphQL
const around = (middle: fc.Arbitrary<string>) =>
  fc.tuple(fc.string({ maxLength: 6 }), middle, fc.string({ maxLength: 6 })).map(([before, bad, after]) => `${before}${bad}${after}`);
const base64url = (text: string) => Buffer.from(text).toString('base64url');

const STRING_KINDS: HostileKind[] = [
  { kind: 'NUL byte', value: around(fc.constant('\u0000')) },
  { kind: 'lone surrogate', value: around(fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF')) },
  { kind: '1 MB string', value: fc.constantFrom('x', '9', '%').map((char) => char.repeat(MEGABYTE)), costly: true },
  { kind: 'any code points', value: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { kind: 'quotes and wildcards', value: fc.constantFrom("'", "x' OR '1'='1", '%', '_%\\', '\\', '$1', '"; --', '\u202e', '\r\n\t') },
  { kind: 'empty string', value: fc.constant('') },
];

/** Cursors are opaque base64url: forged ones decode to what the server never wrote. */
const CURSOR_KINDS: HostileKind[] = [
  {
    kind: 'forged cursor',
    value: fc.constantFrom('[1e308,-1]', '[-1e308,1e308]', 'garbage', '{}', '[]', 'null', '[null,null]', '["x",{"a":1}]', '[1,2,3,4,5,6,7,8]').map(base64url),
  },
  { kind: 'not base64url', value: fc.constantFrom('!!!', '====', '\u0000', 'a'.repeat(10_000)) },
];

const ID_KINDS: HostileKind[] = [
  ...STRING_KINDS,
  { kind: 'malformed id', value: fc.constantFrom('1', '-1', '0', 'null', '00000000-0000-0000-0000-000000000000', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz') },
];

const INT_KINDS: HostileKind[] = [
  { kind: 'negative int', value: fc.constantFrom(-1, -(2 ** 31)) },
  { kind: 'zero', value: fc.constant(0) },
  { kind: 'largest int', value: fc.constant(2 ** 31 - 1) },
  { kind: 'int out of range', value: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308) },
  { kind: 'float for int', value: fc.constantFrom(1.5, -0.5) },
];

const FLOAT_KINDS: HostileKind[] = [
  { kind: 'huge float', value: fc.constantFrom(1e308, -1e308, Number.MAX_VALUE) },
  { kind: 'tiny float', value: fc.constantFrom(5e-324, -5e-324, -0) },
  { kind: 'negative float', value: fc.double({ min: -1e6, max: -1e-6, noNaN: true }) },
];

const DATE_KINDS: HostileKind[] = [
  { kind: 'year 0', value: fc.constantFrom('0000-01-01', '0000-12-31') },
  { kind: 'year 10000', value: fc.constantFrom('10000-01-01', '+010000-01-01') },
  { kind: 'extreme valid date', value: fc.constantFrom('0001-01-01', '9999-12-31', '1900-01-01') },
  { kind: 'impossible date', value: fc.constantFrom('2026-02-30', '2026-13-01', '2026-00-10', '2026-1-1', '-000001-01-01') },
];

const DATE_TIME_KINDS: HostileKind[] = [
  { kind: 'year 0', value: fc.constant('0000-01-01T00:00:00.000Z') },
  { kind: 'year 10000', value: fc.constantFrom('+010000-01-01T00:00:00.000Z', '10000-01-01T00:00:00Z') },
  { kind: 'extreme valid instant', value: fc.constantFrom('0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z') },
  { kind: 'impossible instant', value: fc.constantFrom('2026-02-30T25:61:00Z', '2026-01-01T00:00:00+99:00') },
];

const DECIMAL_KINDS: HostileKind[] = [
  { kind: 'huge decimal', value: fc.constantFrom('1e308', '-1e308', '9'.repeat(1000), `0.${'0'.repeat(1000)}1`) },
  { kind: 'not a number', value: fc.constantFrom('NaN', 'Infinity', '-Infinity', '1,5', '0x10', '') },
  { kind: 'negative decimal', value: fc.constantFrom('-1', '-0.001') },
];

/** Kinds for a named leaf type; an enum gets names it does not have. */
function leafKinds(type: GraphQLInputType, argumentName: string): HostileKind[] {
  if (isEnumType(type)) {
    const first = type.getValues()[0]!.name;
    return [{ kind: 'wrong enum value', value: fc.constantFrom('NOT_A_VALUE', first.toLowerCase(), `${first} `, '__proto__', '') }];
  }
  const name = (type as { name: string }).name;
  if (name === 'String' && ['after', 'before'].includes(argumentName)) return [...CURSOR_KINDS, ...STRING_KINDS];
  switch (name) {
    case 'String':
      return STRING_KINDS;
    case 'ID':
      return ID_KINDS;
    case 'Int':
      return INT_KINDS;
    case 'Float':
      return FLOAT_KINDS;
    case 'Date':
      return DATE_KINDS;
    case 'DateTime':
    case 'DateTimeISO':
      return DATE_TIME_KINDS;
    case 'Decimal':
      return DECIMAL_KINDS;
    case 'Boolean':
      return [{ kind: 'wrong type', value: fc.constantFrom('true', 1, 0) }];
    default:
      throw new Error(`No hostile values for scalar ${name}: add some`);
  }
}

function deepList(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

/**
 * Every place in `argument` a hostile value can go, with the kinds that fit there: the argument
 * itself, and each field of an input object (through lists), recursively.
 */
export function hostileTargets(argument: GraphQLArgument): HostileTarget[] {
  const targets: HostileTarget[] = [];
  const visit = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const kinds: HostileKind[] = [];
    if (isNonNullType(type)) kinds.push({ kind: 'null for required', value: fc.constant(null) });
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      const element = sampleValue(inner.ofType);
      kinds.push(
        { kind: 'huge list', value: fc.constantFrom(5_000, 20_000).map((length) => Array.from({ length }, () => element)), costly: true },
        { kind: 'deep list', value: fc.constantFrom(50, 500).map((depth) => deepList(depth, element)), costly: true },
        { kind: 'empty list', value: fc.constant([]) },
      );
      targets.push({ path, type, kinds });
      visit(inner.ofType, [...path, ELEMENT], seen);
      return;
    }
    if (isInputObjectType(inner)) {
      const sample = sampleValue(inner) as Record<string, unknown>;
      kinds.push(
        { kind: 'unknown field', value: fc.constantFrom('__proto__', 'constructor', 'notAField').map((key) => ({ ...sample, [key]: { polluted: true } })) },
        { kind: 'wrong type', value: fc.constantFrom('x', 1, [sample]) },
      );
      targets.push({ path, type, kinds });
      if (seen.has(inner.name)) return; // recursive input types: one level is enough
      for (const field of Object.values(inner.getFields())) visit(field.type, [...path, field.name], new Set([...seen, inner.name]));
      return;
    }
    kinds.push(...leafKinds(inner, path.at(-1)!));
    if (!isEnumType(inner)) kinds.push({ kind: 'wrong type', value: fc.constantFrom({}, [[]], true) });
    targets.push({ path, type, kinds });
  };
  visit(argument.type, [argument.name], new Set());
  return targets;
}

/**
 * The arguments with `value` placed at `path` over a valid baseline: required fields of input
 * objects on the way are filled with samples, and a list on the way holds one such object.
 */
export function withValueAt(argument: GraphQLArgument, baseline: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const place = (type: GraphQLInputType, current: unknown, rest: string[]): unknown => {
    if (rest.length === 0) return value;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      if (rest[0] !== ELEMENT) throw new Error(`Expected ${ELEMENT} in the path at ${String(type)}`);
      return [place(inner.ofType, Array.isArray(current) ? current[0] : undefined, rest.slice(1))];
    }
    if (!isInputObjectType(inner)) throw new Error(`No field ${rest.join('.')} in ${String(type)}`);
    const object = current && typeof current === 'object' ? { ...(current as Record<string, unknown>) } : (sampleValue(inner) as Record<string, unknown>);
    const field = inner.getFields()[rest[0]!]!;
    object[field.name] = place(field.type, object[field.name], rest.slice(1));
    return object;
  };
  return { ...baseline, [argument.name]: place(argument.type, baseline[argument.name], path.slice(1)) };
}
