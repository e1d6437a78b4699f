import { DomainError } from '../../core/errors.js';

export const InstallationErrorCode = {
  /** Restart asked where the flow does not allow it, or the installation has not failed. */
  RESTART_NOT_ALLOWED: 'RESTART_NOT_ALLOWED',
} as const;

export function restartNotAllowed(): DomainError {
  return new DomainError(InstallationErrorCode.RESTART_NOT_ALLOWED, 'This installation cannot be restarted.');
}
