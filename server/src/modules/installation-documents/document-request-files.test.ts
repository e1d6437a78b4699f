import { describe, expect, it } from 'vitest';
import { createInstallation } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { Document } from '../documents/document.entity.js';
import type { Installation } from '../installations/installation.entity.js';

/** Issue 17: a request takes several files, each replaceable or removable until staff accept it. */

const world = useSolarWorld();

function jpeg(marker: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF ${marker} `.repeat(40))]);
}

function send(method: 'POST' | 'DELETE', route: string, cookie: string, file?: { bytes: Buffer; name: string }): Promise<Response> {
  let body: FormData | undefined;
  if (file) {
    body = new FormData();
    body.append('file', new Blob([new Uint8Array(file.bytes)], { type: 'image/jpeg' }), file.name);
  }
  return fetch(`${world.api.url}/uploads/${route}`, { method, body, headers: { cookie } });
}

const REQUEST = /* GraphQL */ `
  mutation ($id: ID!, $name: String!, $min: Int, $max: Int) {
    requestInstallationDocument(installationId: $id, name: $name, minFiles: $min, maxFiles: $max) { id minFiles maxFiles status }
  }
`;
const REVIEW = /* GraphQL */ `
  mutation ($id: ID!, $accepted: Boolean!, $reason: String) { reviewDocumentRequest(id: $id, accepted: $accepted, reason: $reason) { id status } }
`;
const VIEW = /* GraphQL */ `
  query ($id: ID!) {
    installation(id: $id) { documentRequests { id status rejectionReason minFiles maxFiles files { id status document { id fileName } } document { fileName } } }
  }
`;

type FileView = { id: string; status: string; document: { id: string; fileName: string } };
type RequestView = { id: string; status: string; rejectionReason: string | null; minFiles: number; maxFiles: number; files: FileView[]; document: { fileName: string } | null };

async function roofPhotosRequest(installation: Installation, min = 2, max = 3): Promise<string> {
  const body = await world.api.graphql<any>(REQUEST, { id: installation.id, name: 'Fotos del tejado', min, max }, { cookie: world.cookies.admin });
  expect(body.errors).toBeUndefined();
  return body.data.requestInstallationDocument.id;
}

async function seen(installation: Installation, cookie = world.cookies.solar): Promise<RequestView> {
  const body = await world.api.graphql<any>(VIEW, { id: installation.id }, { cookie });
  expect(body.errors).toBeUndefined();
  return body.data.installation.documentRequests[0];
}

describe('a document request of several files', () => {
  it('pending until the fewest files are in, then uploaded; past the most, 409 TOO_MANY_FILES', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const id = await roofPhotosRequest(installation);
    const first = await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg('1'), name: 'tejado-norte.jpg' });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ id, status: 'PENDING', fileId: expect.any(String) });
    for (const name of ['tejado-sur.jpg', 'chimenea.jpg']) {
      const answer = await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg(name), name });
      expect(answer.status).toBe(201);
      expect(await answer.json()).toMatchObject({ status: 'UPLOADED' });
    }
    const view = await seen(installation);
    expect(view).toMatchObject({ status: 'UPLOADED', minFiles: 2, maxFiles: 3 });
    expect(view.files.map((file) => [file.document.fileName, file.status])).toEqual([
      ['tejado-norte.jpg', 'UPLOADED'],
      ['tejado-sur.jpg', 'UPLOADED'],
      ['chimenea.jpg', 'UPLOADED'],
    ]);

    const before = await world.em().count(Document, {});
    const fourth = await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg('4'), name: 'otra.jpg' });
    expect(fourth.status).toBe(409);
    expect(await fourth.json()).toMatchObject({ error: 'TOO_MANY_FILES', message: expect.stringContaining('3') });
    expect(await world.em().count(Document, {})).toBe(before);
    expect(await world.storedFiles(installation.id)).toHaveLength(3);
  });

  it('replaces and removes a file before acceptance; after it, both are refused with 409 and every file stays', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const id = await roofPhotosRequest(installation);
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) {
      expect((await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg(name), name })).status).toBe(201);
    }
    const [a, b, c] = (await seen(installation)).files;

    const replaced = await send('POST', `document-request-files/${b!.id}`, world.cookies.solar, { bytes: jpeg('b2'), name: 'b-nitida.jpg' });
    expect(replaced.status).toBe(201);
    expect(await replaced.json()).toMatchObject({ id, status: 'UPLOADED', fileId: b!.id });
    // The replaced file is gone: row and bytes.
    expect(await world.em().count(Document, { id: b!.document.id })).toBe(0);
    expect(await world.storedFiles(installation.id)).toHaveLength(3);

    const removed = await send('DELETE', `document-request-files/${c!.id}`, world.cookies.solar);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({ id, status: 'UPLOADED' });
    expect(await world.em().count(Document, { id: c!.document.id })).toBe(0);
    expect(await world.storedFiles(installation.id)).toHaveLength(2);
    const view = await seen(installation);
    expect(view.files.map((file) => [file.id, file.document.fileName])).toEqual([
      [a!.id, 'a.jpg'],
      [b!.id, 'b-nitida.jpg'],
    ]);
    expect(view.document).toEqual({ fileName: 'b-nitida.jpg' });

    // Below the fewest files: pending again.
    const down = await send('DELETE', `document-request-files/${a!.id}`, world.cookies.solar);
    expect(await down.json()).toEqual({ id, status: 'PENDING' });
    expect((await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg('d'), name: 'd.jpg' })).status).toBe(201);

    const accepted = await world.api.graphql<any>(REVIEW, { id, accepted: true }, { cookie: world.cookies.admin });
    expect(accepted.data.reviewDocumentRequest).toEqual({ id, status: 'ACCEPTED' });
    const locked = await seen(installation);
    expect(locked.files.map((file) => file.status)).toEqual(['ACCEPTED', 'ACCEPTED']);

    const late = [
      await send('POST', `document-request-files/${b!.id}`, world.cookies.solar, { bytes: jpeg('late'), name: 'tarde.jpg' }),
      await send('DELETE', `document-request-files/${b!.id}`, world.cookies.solar),
      await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg('late'), name: 'tarde.jpg' }),
    ];
    for (const answer of late) {
      expect(answer.status).toBe(409);
      expect(await answer.json()).toMatchObject({ error: 'NOT_UPLOADABLE' });
    }
    expect((await seen(installation)).files).toEqual(locked.files);
    expect(await world.storedFiles(installation.id)).toHaveLength(2);
  });

  it('a rejection marks the waiting files rejected and keeps its reason until new files answer it', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const id = await roofPhotosRequest(installation);
    for (const name of ['a.jpg', 'b.jpg']) {
      expect((await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg(name), name })).status).toBe(201);
    }
    const rejected = await world.api.graphql<any>(REVIEW, { id, accepted: false, reason: 'No se ve la orientación' }, { cookie: world.cookies.admin });
    expect(rejected.data.reviewDocumentRequest.status).toBe('REJECTED');
    const [a, b] = (await seen(installation)).files;
    expect([a!.status, b!.status]).toEqual(['REJECTED', 'REJECTED']);

    // Removing one leaves too few files: still rejected, with its reason.
    expect(await (await send('DELETE', `document-request-files/${a!.id}`, world.cookies.solar)).json()).toEqual({ id, status: 'REJECTED' });
    expect(await seen(installation)).toMatchObject({ status: 'REJECTED', rejectionReason: 'No se ve la orientación' });

    const again = await send('POST', `document-request-files/${b!.id}`, world.cookies.solar, { bytes: jpeg('b2'), name: 'b2.jpg' });
    expect(again.status).toBe(201);
    expect((await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg('c'), name: 'c.jpg' })).status).toBe(201);
    const view = await seen(installation);
    expect(view).toMatchObject({ status: 'UPLOADED', rejectionReason: null });
    expect(view.files.map((file) => file.status)).toEqual(['UPLOADED', 'UPLOADED']);
  });

  it('rejected files do not count towards the fewest, and accepting leaves them rejected', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const id = await roofPhotosRequest(installation);
    for (const name of ['a.jpg', 'b.jpg']) {
      expect((await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg(name), name })).status).toBe(201);
    }
    await world.api.graphql<any>(REVIEW, { id, accepted: false, reason: 'Borrosas' }, { cookie: world.cookies.admin });
    // One good photo beside two rejected ones is still one short of two.
    const c = await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg('c'), name: 'c.jpg' });
    expect(await c.json()).toMatchObject({ status: 'REJECTED' });
    const [a] = (await seen(installation)).files;
    const replaced = await send('POST', `document-request-files/${a!.id}`, world.cookies.solar, { bytes: jpeg('a2'), name: 'a2.jpg' });
    expect(await replaced.json()).toMatchObject({ status: 'UPLOADED' });
    const accepted = await world.api.graphql<any>(REVIEW, { id, accepted: true }, { cookie: world.cookies.admin });
    expect(accepted.data.reviewDocumentRequest.status).toBe('ACCEPTED');
    expect((await seen(installation)).files.map((file) => [file.document.fileName, file.status])).toEqual([
      ['a2.jpg', 'ACCEPTED'],
      ['b.jpg', 'REJECTED'],
      ['c.jpg', 'ACCEPTED'],
    ]);
  });

  it("another customer's file looks absent: 404 to replace or remove it, and nothing changes", async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const id = await roofPhotosRequest(installation, 1, 2);
    expect((await send('POST', `document-requests/${id}`, world.cookies.solar, { bytes: jpeg('a'), name: 'a.jpg' })).status).toBe(201);
    const [file] = (await seen(installation)).files;
    for (const cookie of [world.cookies.otherSolar, world.cookies.webClient]) {
      for (const answer of [
        await send('POST', `document-request-files/${file!.id}`, cookie, { bytes: jpeg('x'), name: 'x.jpg' }),
        await send('DELETE', `document-request-files/${file!.id}`, cookie),
      ]) {
        expect(answer.status).toBe(404);
        expect(await answer.json()).toEqual({ error: 'NOT_FOUND' });
      }
    }
    expect((await send('DELETE', `document-request-files/${file!.id}`, '')).status).toBe(401);
    expect((await seen(installation)).files).toEqual([file]);
    expect(await world.storedFiles(installation.id)).toHaveLength(1);
  });

  it('staff set the range within 1..10; an impossible one is refused naming the argument', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const single = await world.api.graphql<any>(REQUEST, { id: installation.id, name: 'DNI' }, { cookie: world.cookies.admin });
    expect(single.data.requestInstallationDocument).toMatchObject({ minFiles: 1, maxFiles: 1 });
    const atLeastThree = await world.api.graphql<any>(REQUEST, { id: installation.id, name: 'Fotos', min: 3 }, { cookie: world.cookies.admin });
    expect(atLeastThree.data.requestInstallationDocument).toMatchObject({ minFiles: 3, maxFiles: 3 });
    for (const [variables, argument] of [
      [{ min: 0 }, 'minFiles'],
      [{ min: 11, max: 11 }, 'minFiles'],
      [{ min: 3, max: 2 }, 'maxFiles'],
      [{ max: 11 }, 'maxFiles'],
    ] as const) {
      const body = await world.api.graphql<any>(REQUEST, { id: installation.id, name: 'Fotos', ...variables }, { cookie: world.cookies.admin });
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, reason: 'OUT_OF_RANGE' });
    }
  });
});
