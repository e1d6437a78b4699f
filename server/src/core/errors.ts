import { GraphQLError } from 'graphql';

/** Codes the client relies on; anything else reaches it as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
} as const;

/** Input a person can type that is wrong: names the argument and says why. */
export function badInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Invalid ${argument}: ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument, reason },
  });
}
