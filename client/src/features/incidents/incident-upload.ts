/**
 * The optional attachment of a new incident: `POST /uploads/incidents/:id/attachment`
 * (multipart field `file`) with XMLHttpRequest, which reports upload progress. Rejects with
 * an `AttachmentFailure` whose code the form translates.
 */

/** The server's default limit (UPLOAD_MAX_BYTES); larger files are refused before sending. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_MAX_MB = 20;
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif';

export const ATTACHMENT_FAILURES = ['TOO_LARGE', 'UNSUPPORTED_TYPE', 'ALREADY_ATTACHED', 'NETWORK', 'UNKNOWN'] as const;
export type AttachmentFailureCode = (typeof ATTACHMENT_FAILURES)[number];

export class AttachmentFailure extends Error {
  constructor(readonly code: AttachmentFailureCode) {
    super(code);
    this.name = 'AttachmentFailure';
  }
}

export function uploadIncidentAttachment(
  incidentId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ documentId: string }> {
  if (file.size > ATTACHMENT_MAX_BYTES) return Promise.reject(new AttachmentFailure('TOO_LARGE'));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/uploads/incidents/${encodeURIComponent(incidentId)}/attachment`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && typeof body?.documentId === 'string') {
        onProgress(1);
        resolve({ documentId: body.documentId });
        return;
      }
      const code = body?.error;
      if (typeof code === 'string' && (ATTACHMENT_FAILURES as readonly string[]).includes(code)) {
        reject(new AttachmentFailure(code as AttachmentFailureCode));
      } else if (xhr.status === 413) reject(new AttachmentFailure('TOO_LARGE'));
      else if (xhr.status === 415) reject(new AttachmentFailure('UNSUPPORTED_TYPE'));
      else reject(new AttachmentFailure('UNKNOWN'));
    };
    xhr.onerror = () => reject(new AttachmentFailure('NETWORK'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function parseBody(text: string): { error?: unknown; documentId?: unknown } | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as { error?: unknown; documentId?: unknown }) : null;
  } catch {
    return null;
  }
}
