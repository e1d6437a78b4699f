import { translatedCode, UPLOAD_MAX_MB, uploadErrorCode, type UploadErrorCode } from '../../lib/upload.js';
import type { useMessages } from './incidents.messages.js';

/** Files one reply may carry (the server's REPLY_ATTACHMENTS_MAX). */
export const REPLY_FILES_MAX = 5;

/** The incident uploads' failures with their own text; the others read as UPLOAD_FAILED. */
const UPLOAD_TEXTS = [
  'TOO_LARGE',
  'QUOTA_EXCEEDED',
  'UNSUPPORTED_TYPE',
  'ALREADY_ATTACHED',
  'TOO_MANY_FILES',
  'NETWORK',
  'UPLOAD_FAILED',
] as const satisfies readonly UploadErrorCode[];

/** Why an incident upload failed, in the customer's words (a rejection of `uploadFile`). */
export function uploadFailureText(error: unknown, m: ReturnType<typeof useMessages>): string {
  return m(`upload.${translatedCode(uploadErrorCode(error), UPLOAD_TEXTS, 'UPLOAD_FAILED')}`, { mb: UPLOAD_MAX_MB, max: REPLY_FILES_MAX });
}
