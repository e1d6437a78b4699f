import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode } from '../errors.js';
import { forbiddenCharacterReason } from '../forbidden-characters.js';

/**
 * Longer than any text a person types here (the longest, an e-mail template body, allows 20,000
 * characters); services keep their own, tighter limits.
 */
export const MAX_INPUT_STRING_LENGTH = 50_000;


/** Why no String or ID argument may hold `value` (too long, or a character no text field may hold), or null. */
export function hostileStringReason(value: string): string | null {
  if (value.length > MAX_INPUT_STRING_LENGTH) return `is longer than ${MAX_INPUT_STRING_LENGTH} characters`;
  return forbiddenCharacterReason(value);
}

/** HTTP 400, as Apollo answers a variable of the wrong type: no resolver has run. */
function refused(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Invalid ${argument}: ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument, reason, http: { status: 400 } },
  });
}

/** The first hostile string in a literal, with its dotted path below `path`. */
function hostileInLiteral(value: ValueNode, path: string): GraphQLError | null {
  if (value.kind === Kind.STRING) {
    const reason = hostileStringReason(value.value);
    return reason ? refused(path, reason) : null;
  }
  if (value.kind === Kind.LIST) {
    for (const item of value.values) {
      const error = hostileInLiteral(item, path);
      if (error) return error;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const error = hostileInLiteral(field.value, `${path}.${field.name.value}`);
      if (error) return error;
    }
  }
  return null;
}

/** The first hostile string in a variable's JSON value; named like the argument it feeds (`input.name`). */
function hostileInVariable(value: unknown, path: string, depth = 0): GraphQLError | null {
  if (typeof value === 'string') {
    const reason = hostileStringReason(value);
    return reason ? refused(path, reason) : null;
  }
  // JSON.parse of a body under 1 MB cannot nest deeper than the stack allows; keep it that way.
  if (depth > 64) return refused(path, 'is nested too deeply');
  if (Array.isArray(value)) {
    for (const item of value) {
      const error = hostileInVariable(item, path, depth + 1);
      if (error) return error;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const error = hostileInVariable(item, `${path}.${key}`, depth + 1);
      if (error) return error;
    }
  }
  return null;
}

/**
 * The first string input, literal or variable, that no argument may hold, as BAD_USER_INPUT
 * naming the argument (`filter.number`) or variable; null when there is none. One pass over
 * the document and the variables, whatever the String/ID argument or input field.
 */
export function hostileInputError(document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const error = hostileInVariable(value, name);
    if (error) return error;
  }
  let found: GraphQLError | null = null;
  visit(document, {
    // Arguments of fields and directives, and variables' default values: every literal input.
    Argument(node) {
      found ??= hostileInLiteral(node.value, node.name.value);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) found ??= hostileInLiteral(node.defaultValue, node.variable.name.value);
      return false;
    },
  });
  return found;
}

/**
 * Refuses hostile strings after validation and before execution, so no resolver (and no SQL)
 * ever sees them and a document of several mutations runs none of them. didResolveOperation is
 * the hook where Apollo answers a thrown error with its extensions.http status.
 */
export function inputGuardPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = hostileInputError(document, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}
