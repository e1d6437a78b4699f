import { describe, expect, it } from 'vitest';
import { createInstallation } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { DocumentRequest } from './installation-document.entity.js';

const world = useSolarWorld();

function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`, 'latin1');
}

function post(path: string, form: FormData, cookie?: string) {
  return fetch(`${world.api.url}${path}`, { method: 'POST', body: form, headers: cookie ? { cookie } : {} });
}

function fileForm(bytes: Buffer, fileName: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), fileName);
  return form;
}

const REQUEST = /* GraphQL */ `
  mutation ($id: ID!, $name: String!, $description: String) {
    requestInstallationDocument(installationId: $id, name: $name, description: $description) { id name description status }
  }
`;
const REVIEW = /* GraphQL */ `
  mutation ($id: ID!, $accepted: Boolean!, $reason: String) { reviewDocumentRequest(id: $id, accepted: $accepted, reason: $reason) { id status rejectionReason } }
`;
const CANCEL = /* GraphQL */ `mutation ($id: ID!) { cancelDocumentRequest(id: $id) }`;
const CUSTOMER_VIEW = /* GraphQL */ `
  query ($id: ID!) { installation(id: $id) { documentRequests { id name status rejectionReason document { id fileName } } } }
`;

describe('document requests by staff', () => {
  it('request → customer upload → reject with a reason (the customer reads it and uploads again) → accept', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const asked = await world.api.graphql<any>(REQUEST, { id: installation.id, name: '  Última factura de luz ', description: 'Las dos páginas' }, { cookie: world.cookies.admin });
    expect(asked.errors).toBeUndefined();
    const request = asked.data.requestInstallationDocument;
    expect(request).toMatchObject({ name: 'Última factura de luz', description: 'Las dos páginas', status: 'PENDING' });

    // Nothing uploaded yet: nothing to review.
    const early = await world.api.graphql<any>(REVIEW, { id: request.id, accepted: true }, { cookie: world.cookies.admin });
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id', reason: 'NOT_REVIEWABLE' });

    const first = await post(`/uploads/document-requests/${request.id}`, fileForm(pdf('factura borrosa'), 'factura.pdf'), world.cookies.solar);
    expect(first.status).toBe(201);

    const noReason = await world.api.graphql<any>(REVIEW, { id: request.id, accepted: false, reason: '   ' }, { cookie: world.cookies.admin });
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason', reason: 'REQUIRED' });

    const rejected = await world.api.graphql<any>(REVIEW, { id: request.id, accepted: false, reason: 'No se lee el importe' }, { cookie: world.cookies.admin });
    expect(rejected.data.reviewDocumentRequest).toMatchObject({ status: 'REJECTED', rejectionReason: 'No se lee el importe' });

    const seen = await world.api.graphql<any>(CUSTOMER_VIEW, { id: installation.id }, { cookie: world.cookies.solar });
    expect(seen.data.installation.documentRequests[0]).toMatchObject({ status: 'REJECTED', rejectionReason: 'No se lee el importe' });

    const again = await post(`/uploads/document-requests/${request.id}`, fileForm(pdf('factura nítida'), 'factura-2.pdf'), world.cookies.solar);
    expect(again.status).toBe(201);
    const admin = await world.api.graphql<any>(CUSTOMER_VIEW, { id: installation.id }, { cookie: world.cookies.admin });
    expect(admin.data.installation.documentRequests[0]).toMatchObject({ status: 'UPLOADED', rejectionReason: null, document: { fileName: 'factura-2.pdf' } });

    const accepted = await world.api.graphql<any>(REVIEW, { id: request.id, accepted: true }, { cookie: world.cookies.admin });
    expect(accepted.data.reviewDocumentRequest).toMatchObject({ status: 'ACCEPTED', rejectionReason: null });
    // Accepted is on record: no more uploads, no cancelling.
    expect((await post(`/uploads/document-requests/${request.id}`, fileForm(pdf('otra'), 'otra.pdf'), world.cookies.solar)).status).toBe(409);
    const cancel = await world.api.graphql<any>(CANCEL, { id: request.id }, { cookie: world.cookies.admin });
    expect(cancel.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_CANCELLABLE' });
  });

  it('cancels a pending request; an empty name is refused naming the field', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const empty = await world.api.graphql<any>(REQUEST, { id: installation.id, name: ' ' }, { cookie: world.cookies.admin });
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name', reason: 'REQUIRED' });
    const asked = await world.api.graphql<any>(REQUEST, { id: installation.id, name: 'Fotos del tejado' }, { cookie: world.cookies.admin });
    const id = asked.data.requestInstallationDocument.id;
    const cancelled = await world.api.graphql<any>(CANCEL, { id }, { cookie: world.cookies.admin });
    expect(cancelled.data.cancelDocumentRequest).toBe(true);
    expect(await world.em().count(DocumentRequest, { id })).toBe(0);
  });

  it('every staff operation is FORBIDDEN to a customer, even on their own installation', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Documentación del cliente');
    const request = await world.api.graphql<any>(REQUEST, { id: installation.id, name: 'DNI' }, { cookie: world.cookies.admin });
    const id = request.data.requestInstallationDocument.id;
    for (const [query, variables] of [
      [REQUEST, { id: installation.id, name: 'DNI' }],
      [REVIEW, { id, accepted: true }],
      [CANCEL, { id }],
    ] as const) {
      const body = await world.api.graphql<any>(query, variables, { cookie: world.cookies.solar });
      expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    const upload = await post(`/uploads/installations/${installation.id}/signing-documents`, fileForm(pdf('contrato'), 'c.pdf', { title: 'Contrato' }), world.cookies.solar);
    expect(upload.status).toBe(403);
  });

  it('staff upload a document to sign; the customer sees it with its file', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Firma de contrato');
    const noTitle = await post(`/uploads/installations/${installation.id}/signing-documents`, fileForm(pdf('contrato'), 'c.pdf'), world.cookies.admin);
    expect(noTitle.status).toBe(400);
    expect(await noTitle.json()).toMatchObject({ error: 'BAD_USER_INPUT', field: 'title', reason: 'REQUIRED' });

    const response = await post(
      `/uploads/installations/${installation.id}/signing-documents`,
      fileForm(pdf('contrato de instalación'), 'contrato.pdf', { title: 'Contrato de instalación' }),
      world.cookies.admin,
    );
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { id: string; documentId: string };
    const body = await world.api.graphql<any>(
      `query ($id: ID!) { installation(id: $id) { signingDocuments { id title document { id fileName category folder } signedAt } } }`,
      { id: installation.id },
      { cookie: world.cookies.solar },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.installation.signingDocuments).toEqual([
      { id: answer.id, title: 'Contrato de instalación', document: { id: answer.documentId, fileName: 'contrato.pdf', category: 'CONTRACT', folder: 'Instalación' }, signedAt: null },
    ]);
    const download = await fetch(`${world.api.url}/files/${answer.documentId}`, { headers: { cookie: world.cookies.solar } });
    expect(download.status).toBe(200);
  });
});
