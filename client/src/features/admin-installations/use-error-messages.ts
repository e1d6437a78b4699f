import { AdminUploadFailure } from './admin-upload.js';
import { useMessages } from './admin-installations.messages.js';

type MessageKey = Parameters<ReturnType<typeof useMessages>>[0];

/** The BAD_USER_INPUT reasons the server gives for one field, and their messages; any other reads as 'invalid'. */
const FIELD_MESSAGES: Readonly<Partial<Record<string, MessageKey>>> = {
  REQUIRED: 'required',
  TOO_LONG: 'tooLong',
  NOT_A_NUMBER: 'notANumber',
  NOT_POSITIVE: 'notPositive',
  OUT_OF_RANGE: 'outOfRange',
  BEFORE_START: 'beforeStart',
};

/** A failed staff upload's codes (the file itself, or the connection); any other reads as 'uploadFailed'. */
const UPLOAD_MESSAGES: Readonly<Partial<Record<string, MessageKey>>> = {
  TOO_LARGE: 'uploadTooLarge',
  UNSUPPORTED_TYPE: 'uploadNotPdf',
  NETWORK: 'uploadNetwork',
  FORBIDDEN: 'uploadForbidden',
  UNAUTHENTICATED: 'uploadForbidden',
};

/** The message for a BAD_USER_INPUT reason the server gives for one field. */
export function useFieldMessage(): (reason: string) => string {
  const m = useMessages();
  return (reason) => m(FIELD_MESSAGES[reason] ?? 'invalid');
}

/** The message for a failed staff upload (the file itself, or the connection). */
export function useUploadErrorMessage(): (error: unknown) => string {
  const m = useMessages();
  return (error) => {
    const code = error instanceof AdminUploadFailure ? error.code : 'UPLOAD_FAILED';
    return m(UPLOAD_MESSAGES[code] ?? 'uploadFailed');
  };
}
