import { describe, expect, it } from 'vitest';
import { lastRequest, useFakeXhr } from './fake-xhr.testing.js';
import { CUSTOMER_IMPORT_MAX_BYTES, IMPORT_MAX_BYTES, ImportFailure, importUrl, uploadImport } from './import-upload.js';

const curve = () => new File(['CUPS;Fecha;Hora;kWh\r\n'], 'curva.csv', { type: 'text/csv' });
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof ImportFailure ? { code: error.code, jobId: error.jobId } : error),
  );

describe('importUrl', () => {
  it('names the kind in lower case and asks for valid rows only when told', () => {
    expect(importUrl('CNMC', false)).toBe('/uploads/imports/cnmc');
    expect(importUrl('OMIE', true)).toBe('/uploads/imports/omie?validRowsOnly=true');
  });
});

describe('uploadImport', () => {
  useFakeXhr();

  it("resolves with the job once the server has written the rows", async () => {
    const progress: number[] = [];
    const upload = uploadImport('DATADIS', curve(), { validRowsOnly: true, maxBytes: IMPORT_MAX_BYTES, onProgress: (fraction) => progress.push(fraction) });
    expect(lastRequest().request?.url).toBe('/uploads/imports/datadis?validRowsOnly=true');
    const answer = { jobId: 'j1', status: 'PARTIAL', rowsRead: 3, rowsImported: 2, rowsRejected: 1, errorCount: 1 };
    lastRequest().answer(200, JSON.stringify(answer));
    await expect(upload).resolves.toEqual(answer);
    expect(progress).toEqual([1]);
  });

  it("refuses a file over the viewer's limit before sending it", async () => {
    const large = new File([new Uint8Array(CUSTOMER_IMPORT_MAX_BYTES + 1)], 'curva.csv', { type: 'text/csv' });
    const before = lastRequest();
    expect(await failureOf(uploadImport('DATADIS', large, { validRowsOnly: false, maxBytes: CUSTOMER_IMPORT_MAX_BYTES }))).toEqual({ code: 'TOO_LARGE', jobId: null });
    expect(lastRequest()).toBe(before);
  });

  it('rejects with the code the server gives, keeping the job it names', async () => {
    const refused = failureOf(uploadImport('CNMC', curve(), { validRowsOnly: false, maxBytes: IMPORT_MAX_BYTES }));
    lastRequest().answer(400, '{"error":"MALFORMED","jobId":"j2"}');
    expect(await refused).toEqual({ code: 'MALFORMED', jobId: 'j2' });

    const busy = failureOf(uploadImport('DATADIS', curve(), { validRowsOnly: false, maxBytes: IMPORT_MAX_BYTES }));
    lastRequest().answer(409, '{"error":"IMPORT_BUSY","jobId":"j3"}');
    expect(await busy).toEqual({ code: 'IMPORT_BUSY', jobId: 'j3' });

    const tooLarge = failureOf(uploadImport('CNMC', curve(), { validRowsOnly: false, maxBytes: IMPORT_MAX_BYTES }));
    lastRequest().answer(413, 'Payload Too Large');
    expect(await tooLarge).toEqual({ code: 'TOO_LARGE', jobId: null });

    const tooMany = failureOf(uploadImport('DATADIS', curve(), { validRowsOnly: false, maxBytes: CUSTOMER_IMPORT_MAX_BYTES }));
    lastRequest().answer(429, '{"error":"TOO_MANY_ATTEMPTS","retryAfterSeconds":60}');
    expect(await tooMany).toEqual({ code: 'TOO_MANY_ATTEMPTS', jobId: null });

    const unknown = failureOf(uploadImport('CNMC', curve(), { validRowsOnly: false, maxBytes: IMPORT_MAX_BYTES }));
    lastRequest().answer(500, '{"error":"SOMETHING_NEW"}');
    expect(await unknown).toEqual({ code: 'IMPORT_FAILED', jobId: null });
  });

  it('tells an abort from a lost connection', async () => {
    const controller = new AbortController();
    const aborted = failureOf(uploadImport('OMIE', curve(), { validRowsOnly: false, maxBytes: IMPORT_MAX_BYTES, signal: controller.signal }));
    controller.abort();
    expect(await aborted).toEqual({ code: 'ABORTED', jobId: null });

    const lost = failureOf(uploadImport('OMIE', curve(), { validRowsOnly: false, maxBytes: IMPORT_MAX_BYTES }));
    lastRequest().onerror!();
    expect(await lost).toEqual({ code: 'NETWORK', jobId: null });
  });
});
