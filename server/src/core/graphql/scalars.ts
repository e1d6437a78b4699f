import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// A plain error, not a GraphQLError: graphql-js then wraps it with the offending value's
// location, which formatError (core/graphql/format-error.ts) turns into BAD_USER_INPUT naming the argument.
function invalid(scalar: string, why: string): TypeError {
  return new TypeError(`${scalar} ${why}`);
}

function stringLiteral(scalar: string, ast: ValueNode): string {
  if (ast.kind !== Kind.STRING) throw invalid(scalar, 'must be written as a string');
  return ast.value;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw invalid('Decimal', 'must be a decimal number written as a string, e.g. "12.50"');
  }
  return value;
}

// The years a date can be written in (YYYY) and PostgreSQL can store (it has no year 0).
// Domains refuse what they have no data for with their own messages (series: from 1900).
export const EARLIEST_YEAR = 1;
export const LATEST_YEAR = 9999;
const OUT_OF_RANGE = `must lie in the years ${EARLIEST_YEAR} to ${LATEST_YEAR}`;
// Instants are things that happen (a visit, a sign-in, an import): an instant whose local time
// or a period after it (a visit's default end) leaves 1..9999 would fail in SQL, not here.
export const EARLIEST_INSTANT_YEAR = 1900;
export const LATEST_INSTANT_YEAR = 2999;
const INSTANT_OUT_OF_RANGE = `must lie in the years ${EARLIEST_INSTANT_YEAR} to ${LATEST_INSTANT_YEAR}`;

function parseIsoDate(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const date = match ? new Date(`${value as string}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw invalid('Date', 'must be a calendar date written YYYY-MM-DD');
  }
  return value as string;
}

function parseInputDate(value: unknown): string {
  const date = parseIsoDate(value);
  const year = Number(date.slice(0, 4));
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) throw invalid('Date', OUT_OF_RANGE);
  return date;
}

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()) || !/T.*(Z|[+-]\d{2}:\d{2})$/.test(value as string)) {
    throw invalid('DateTime', 'must be an ISO 8601 instant with a time zone, e.g. "2026-01-31T23:00:00Z"');
  }
  const year = date.getUTCFullYear();
  if (year < EARLIEST_INSTANT_YEAR || year > LATEST_INSTANT_YEAR) throw invalid('DateTime', INSTANT_OUT_OF_RANGE);
  return date;
}

/**
 * A scalar written as a string: `parse` checks what a client sends, as a variable or inline in
 * the query, and `serialize` what a resolver returns.
 */
function stringScalar<Internal>(
  name: string,
  description: string,
  serialize: (value: unknown) => string,
  parse: (value: unknown) => Internal,
): GraphQLScalarType<Internal, string> {
  return new GraphQLScalarType<Internal, string>({
    name,
    description,
    serialize,
    parseValue: parse,
    parseLiteral: (ast) => parse(stringLiteral(name, ast)),
  });
}

/**
 * Money and energy: exact decimals travel as strings, never as floats. Strings only, returned
 * too: a float would print 0.30000000000000004, so a resolver returning one is a bug.
 */
export const DecimalScalar = stringScalar(
  'Decimal',
  'An exact decimal number as a string (money in euros, energy in kWh, prices in €/MWh).',
  parseDecimal,
  parseDecimal,
);

/**
 * A calendar date with no time zone, as PostgreSQL `date` (YYYY-MM-DD). Strings only, returned
 * too: a Date's UTC day is not the local calendar day it stands for.
 */
export const DateScalar = stringScalar('Date', 'A calendar date, YYYY-MM-DD.', parseIsoDate, parseInputDate);

/** An instant, serialised as ISO 8601 in UTC. */
export const DateTimeScalar = stringScalar('DateTime', 'An instant, ISO 8601 (serialised in UTC).', serializeDateTime, parseDateTime);

function serializeDateTime(value: unknown): string {
  const date = value instanceof Date ? value : new Date(value as string);
  if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
  return date.toISOString();
}
