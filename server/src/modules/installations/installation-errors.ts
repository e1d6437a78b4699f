import { GraphQLError } from 'graphql';

export const InstallationErrorCode = {
  /** Restart asked where the flow does not allow it, or the installation has not failed. */
  RESTART_NOT_ALLOWED: 'RESTART_NOT_ALLOWED',
} as const;

export function restartNotAllowed(): GraphQLError {
  return new GraphQLError('This installation cannot be restarted.', {
    extensions: { code: InstallationErrorCode.RESTART_NOT_ALLOWED },
  });
}
