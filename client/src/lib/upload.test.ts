import { describe, expect, it } from 'vitest';
import { FakeXhr, lastRequest, useFakeXhr } from './fake-xhr.testing.js';
import { postMultipart, translatedCode, UploadFailure, uploadErrorCode, uploadFile, uploadUrls, UPLOAD_MAX_BYTES } from './upload.js';

const pdf = (size = 4) => new File([new Uint8Array(size)], 'factura.pdf', { type: 'application/pdf' });
const failureOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: unknown) => uploadErrorCode(error));

describe('uploads', () => {
  useFakeXhr();

  it('posts the fields before the file, and resolves with the answer, reporting progress to the end', async () => {
    const progress: number[] = [];
    const upload = uploadFile('/uploads/x', pdf(), { onProgress: (fraction) => progress.push(fraction) });
    const xhr = lastRequest();
    expect(xhr.request).toMatchObject({ method: 'POST', url: '/uploads/x' });
    xhr.upload.onprogress!({ lengthComputable: true, loaded: 2, total: 4 });
    xhr.upload.onprogress!({ lengthComputable: false, loaded: 3, total: 0 });
    xhr.answer(201, JSON.stringify({ documentId: 'd1', name: 'factura.pdf' }));
    await expect(upload).resolves.toEqual({ documentId: 'd1', name: 'factura.pdf' });
    expect(progress).toEqual([0.5, 1]);

    void postMultipart('/uploads/y', pdf(), { fields: { kind: 'DNI' } });
    expect([...lastRequest().request!.body.keys()]).toEqual(['kind', 'file']);
  });

  it('refuses a file over the limit without sending it', async () => {
    await expect(failureOf(uploadFile('/uploads/x', pdf(UPLOAD_MAX_BYTES + 1)))).resolves.toBe('TOO_LARGE');
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it("rejects with the server's code, or one read from the HTTP status when the body has none", async () => {
    const answered = async (status: number, body: string) => {
      const upload = failureOf(uploadFile('/uploads/x', pdf()));
      lastRequest().answer(status, body);
      return upload;
    };
    expect(await answered(409, '{"error":"ALREADY_ATTACHED"}')).toBe('ALREADY_ATTACHED');
    expect(await answered(413, '<html>Request Entity Too Large</html>')).toBe('TOO_LARGE');
    expect(await answered(415, '')).toBe('UNSUPPORTED_TYPE');
    expect(await answered(400, '{"error":"SOMETHING_NEW"}')).toBe('UPLOAD_FAILED');
    // A 2xx without a document id is not a success.
    expect(await answered(200, '{"ok":true}')).toBe('UPLOAD_FAILED');
    expect(await answered(200, 'null')).toBe('UPLOAD_FAILED');
  });

  it('rejects with NETWORK when nothing answers, and ABORTED when the caller aborts', async () => {
    const network = failureOf(uploadFile('/uploads/x', pdf()));
    lastRequest().onerror!();
    expect(await network).toBe('NETWORK');

    const controller = new AbortController();
    const aborted = failureOf(uploadFile('/uploads/x', pdf(), { signal: controller.signal }));
    controller.abort();
    expect(await aborted).toBe('ABORTED');

    const sentBefore = FakeXhr.sent.length;
    expect(await failureOf(uploadFile('/uploads/x', pdf(), { signal: AbortSignal.abort() }))).toBe('ABORTED');
    expect(FakeXhr.sent).toHaveLength(sentBefore);
  });
});

describe('upload helpers', () => {
  it('encodes ids into the endpoint URLs', () => {
    expect(uploadUrls.documentRequest('a/b c')).toBe('/uploads/document-requests/a%2Fb%20c');
    expect(uploadUrls.incidentAttachment('7')).toBe('/uploads/incidents/7/attachment');
  });

  it('counts anything but an UploadFailure as UPLOAD_FAILED', () => {
    expect(uploadErrorCode(new UploadFailure('QUOTA_EXCEEDED'))).toBe('QUOTA_EXCEEDED');
    expect(uploadErrorCode(new Error('boom'))).toBe('UPLOAD_FAILED');
  });

  it("keeps a code the screen has words for, and gives its fallback for the rest", () => {
    const own = ['TOO_LARGE', 'UNSUPPORTED_TYPE', 'UPLOAD_FAILED'] as const;
    expect(translatedCode('TOO_LARGE', own, 'UPLOAD_FAILED')).toBe('TOO_LARGE');
    expect(translatedCode('QUOTA_EXCEEDED', own, 'UPLOAD_FAILED')).toBe('UPLOAD_FAILED');
  });
});
