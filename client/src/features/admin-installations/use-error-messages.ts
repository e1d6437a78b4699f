import { AdminUploadFailure } from './admin-upload.js';
import { useMessages } from './admin-installations.messages.js';

/** The message for a BAD_USER_INPUT reason the server gives for one field. */
export function useFieldMessage(): (reason: string) => string {
  const m = useMessages();
  return (reason) => {
    switch (reason) {
      case 'REQUIRED':
        return m('required');
      case 'TOO_LONG':
        return m('tooLong');
      case 'NOT_A_NUMBER':
        return m('notANumber');
      case 'NOT_POSITIVE':
        return m('notPositive');
      case 'OUT_OF_RANGE':
        return m('outOfRange');
      case 'BEFORE_START':
        return m('beforeStart');
      default:
        return m('invalid');
    }
  };
}

/** The message for a failed staff upload (the file itself, or the connection). */
export function useUploadErrorMessage(): (error: unknown) => string {
  const m = useMessages();
  return (error) => {
    const code = error instanceof AdminUploadFailure ? error.code : 'UPLOAD_FAILED';
    switch (code) {
      case 'TOO_LARGE':
        return m('uploadTooLarge');
      case 'UNSUPPORTED_TYPE':
        return m('uploadNotPdf');
      case 'NETWORK':
        return m('uploadNetwork');
      case 'FORBIDDEN':
      case 'UNAUTHENTICATED':
        return m('uploadForbidden');
      default:
        return m('uploadFailed');
    }
  };
}
