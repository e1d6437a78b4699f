import { apiProblem } from '../../lib/errors.js';
import { postMultipart, UPLOAD_MAX_BYTES, uploadErrorCode } from '../../lib/upload.js';

/** Staff upload endpoints of one installation (server: installation-admin-upload.ts, offer-admin-upload.ts). */
export const adminUploadUrls = {
  offer: (installationId: string) => `/uploads/installations/${encodeURIComponent(installationId)}/offers`,
  signingDocument: (installationId: string) => `/uploads/installations/${encodeURIComponent(installationId)}/signing-documents`,
};

/** Why a staff upload failed: the server's `error` code (with the field it names for BAD_USER_INPUT), or NETWORK. */
export class AdminUploadFailure extends Error {
  constructor(
    readonly code: string,
    readonly field: string | null = null,
    readonly reason: string | null = null,
  ) {
    super(code);
    this.name = 'AdminUploadFailure';
  }
}

export type AdminUploadAnswer = { id: string; documentId: string };

/** Sends `file` with text `fields`; resolves with the endpoint's answer, rejects with an AdminUploadFailure. */
export async function uploadWithFields(
  url: string,
  file: File,
  fields: Record<string, string>,
  onProgress?: (fraction: number) => void,
): Promise<AdminUploadAnswer> {
  if (file.size > UPLOAD_MAX_BYTES) throw new AdminUploadFailure('TOO_LARGE');
  const { status, body } = await postMultipart(url, file, { fields, onProgress }).catch((error: unknown) => {
    throw new AdminUploadFailure(uploadErrorCode(error));
  });
  if (status >= 200 && status < 300 && typeof body?.documentId === 'string' && typeof body.id === 'string') {
    onProgress?.(1);
    return { id: body.id, documentId: body.documentId };
  }
  const code = typeof body?.error === 'string' ? body.error : status === 413 ? 'TOO_LARGE' : status === 415 ? 'UNSUPPORTED_TYPE' : 'UPLOAD_FAILED';
  throw new AdminUploadFailure(code, typeof body?.field === 'string' ? body.field : null, typeof body?.reason === 'string' ? body.reason : null);
}

/** The field (argument) and reason of a BAD_USER_INPUT answer, for showing the message next to that field. */
export function badInputOf(error: unknown): { field: string; reason: string } | null {
  if (error instanceof AdminUploadFailure) return error.code === 'BAD_USER_INPUT' && error.field ? { field: error.field, reason: error.reason ?? '' } : null;
  const problem = apiProblem(error);
  if (problem.code !== 'BAD_USER_INPUT') return null;
  const field = problem.argument ?? (typeof problem.extensions.field === 'string' ? problem.extensions.field : '');
  return { field, reason: problem.reason ?? '' };
}
