import { randomBytes } from 'node:crypto';
import { GraphQLError, Kind, parse, visit, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors.js';

const VALUE_ERROR = /^(Expected value of type|Value ".*" does not exist in|Enum ".*" cannot represent|Int cannot represent|Float cannot represent|String cannot represent|Boolean cannot represent)/;

const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*?(?: at "([\w.[\]]+)")?; /s;

/**
 * A literal argument of the wrong value (an unknown enum, a malformed Date) fails GraphQL
 * validation; to the user it is bad input like any other, so it gets BAD_USER_INPUT and the
 * argument's name. Values passed as variables already arrive as BAD_USER_INPUT; they get the
 * variable's name (and the path inside it) as `argument`.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const variable = formatted.extensions?.code === ErrorCode.BAD_USER_INPUT && !formatted.extensions.argument ? VARIABLE_ERROR.exec(formatted.message) : null;
  if (variable) {
    // graphql-js names the variable and the path inside it; the path is named like the argument it feeds.
    const argument = (variable[2] ?? variable[1]!).replace(/\[\d+\]/g, '');
    return { ...formatted, extensions: { ...formatted.extensions, argument } };
  }
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !VALUE_ERROR.test(formatted.message)) {
    return formatted;
  }
  const argument = error instanceof GraphQLError ? argumentAt(error) : undefined;
  return {
    ...formatted,
    message: argument ? `Invalid ${argument}: ${formatted.message}` : formatted.message,
    extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
  };
}

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * An unexpected fault (a database error, a bug) carries SQL, values and a stack: in every
 * environment the client gets a generic message with a short reference, and the log gets the
 * detail under the same reference, so a report can be matched to its log line.
 */
export function maskInternalError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, error: unknown) => void,
): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  const errorId = randomBytes(6).toString('hex');
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  log(`GraphQL internal error ${errorId} at ${JSON.stringify(formatted.path ?? null)}`, original);
  return { message: `${INTERNAL_ERROR_MESSAGE} (ref ${errorId})`, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
}

/** The dotted name of the argument (or input field inside one) whose value the error points at. */
function argumentAt(error: GraphQLError): string | undefined {
  const position = error.positions?.[0];
  if (position === undefined || !error.source) return undefined;
  const path: string[] = [];
  visit(parse(error.source), {
    enter(node) {
      if ((node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) && node.loc) {
        if (position < node.loc.start || position >= node.loc.end) return false;
        path.push(node.name.value);
      }
      return undefined;
    },
  });
  return path.length > 0 ? path.join('.') : undefined;
}
