import { describe, expect, it } from 'vitest';
import { createDocumentRequest, createInstallation, createSigningDocument, defaultFlowSubstate } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { Offer } from '../installation-offers/installation-offers.entity.js';
import type { Installation } from '../installations/installation.entity.js';

const world = useSolarWorld();

const LIST = /* GraphQL */ `
  query ($filter: AdminInstallationFilter, $sort: AdminInstallationSort, $first: Int!, $after: String) {
    adminInstallations(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        code accountName substate { internalName }
        customerActivity { lastCustomerAction { kind at } documentsToReview acceptedOffers signedCopies waitingSince }
      }
    }
  }
`;
const ACCEPT = /* GraphQL */ `mutation ($id: ID!) { acceptOffer(id: $id) { id } }`;
const MOVE = /* GraphQL */ `mutation ($id: ID!, $to: ID!) { moveInstallation(id: $id, substateId: $to) { id } }`;
const REVIEW = /* GraphQL */ `mutation ($id: ID!) { reviewDocumentRequest(id: $id, accepted: true) { id } }`;

/** A PDF by its magic number. */
const pdf = (): Blob => new Blob([new Uint8Array(Buffer.from('%PDF-1.7\n' + 'x'.repeat(2_000), 'latin1'))], { type: 'application/pdf' });

async function upload(kind: 'document-requests' | 'signing-documents', id: string, cookie: string): Promise<void> {
  const form = new FormData();
  form.append('file', pdf(), 'copia.pdf');
  const response = await fetch(`${world.api.url}/uploads/${kind}/${id}`, { method: 'POST', body: form, headers: { cookie } });
  expect(response.status).toBe(201);
}

async function shareOffer(installation: Installation): Promise<Offer> {
  const em = world.em();
  const offer = em.create(Offer, { installation: installation.id, title: 'Autoconsumo 5 kWp', amount: '6890.00', peakPowerKwp: '5.60', panelCount: 13, sharedAt: new Date() });
  await em.flush();
  return offer;
}

type Node = { code: string; customerActivity: Record<string, any> };
async function list(variables: Record<string, unknown>): Promise<{ nodes: Node[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } }> {
  const body = await world.api.graphql<any>(LIST, { first: 100, ...variables }, { cookie: world.cookies.admin });
  expect(body.errors).toBeUndefined();
  return body.data.adminInstallations;
}

describe('adminInstallations: customer activity and the needs-attention view', () => {
  it('lists what waits for staff, longest first, with the customer’s last action; a review takes it off', async () => {
    // Three customers act one after the other: an upload, an accepted offer, a signed copy.
    const uploader = await world.newCustomer();
    const uploading = await createInstallation(world.em(), uploader.account, 'Documentación del cliente');
    const request = await createDocumentRequest(world.em(), uploading);
    await upload('document-requests', request.id, uploader.cookie);

    const chooser = await world.newCustomer();
    const choosing = await createInstallation(world.em(), chooser.account, 'Oferta compartida');
    const offer = await shareOffer(choosing);
    expect((await world.api.graphql<any>(ACCEPT, { id: offer.id }, { cookie: chooser.cookie })).errors).toBeUndefined();

    const signer = await world.newCustomer();
    const signing = await createInstallation(world.em(), signer.account, 'Firma de contrato');
    const contract = await createSigningDocument(world.em(), { storageDir: world.config.storageDir, installation: signing, account: signer.account, bytes: Buffer.from('%PDF-1.7\ncontrato') });
    await upload('signing-documents', contract.id, signer.cookie);

    const idle = await createInstallation(world.em(), (await world.newCustomer()).account, 'Oferta compartida');

    const attention = await list({ filter: { needsAttention: true }, sort: 'WAITING_LONGEST' });
    const codes = attention.nodes.map((node) => node.code);
    expect(codes).not.toContain(idle.code);
    expect(codes.filter((code) => [uploading.code, choosing.code, signing.code].includes(code))).toEqual([uploading.code, choosing.code, signing.code]);
    const byCode = new Map(attention.nodes.map((node) => [node.code, node.customerActivity]));
    expect(byCode.get(uploading.code)).toMatchObject({ documentsToReview: 1, acceptedOffers: 0, signedCopies: 0, lastCustomerAction: { kind: 'DOCUMENT_UPLOADED' } });
    expect(byCode.get(choosing.code)).toMatchObject({ documentsToReview: 0, acceptedOffers: 1, signedCopies: 0, lastCustomerAction: { kind: 'OFFER_ACCEPTED' } });
    expect(byCode.get(signing.code)).toMatchObject({ documentsToReview: 0, acceptedOffers: 0, signedCopies: 1, lastCustomerAction: { kind: 'SIGNED_COPY_UPLOADED' } });
    expect(byCode.get(uploading.code)!.waitingSince).toBe(byCode.get(uploading.code)!.lastCustomerAction.at);

    // The latest customer action first: the signer, then the chooser, then the uploader; the idle one after them.
    const latest = (await list({ sort: 'LATEST_CUSTOMER_ACTION' })).nodes.map((node) => node.code);
    const order = [signing.code, choosing.code, uploading.code, idle.code].map((code) => latest.indexOf(code));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const idleRow = (await list({ filter: { search: idle.code } })).nodes[0]!;
    expect(idleRow.customerActivity).toEqual({ lastCustomerAction: null, documentsToReview: 0, acceptedOffers: 0, signedCopies: 0, waitingSince: null });

    // Staff accept the upload: nothing waits there any more, though the customer's last action stays.
    expect((await world.api.graphql<any>(REVIEW, { id: request.id }, { cookie: world.cookies.admin })).errors).toBeUndefined();
    const after = await list({ filter: { needsAttention: true }, sort: 'WAITING_LONGEST' });
    expect(after.nodes.map((node) => node.code)).not.toContain(uploading.code);
    expect(after.totalCount).toBe(attention.totalCount - 1);
    const reviewed = (await list({ filter: { search: uploading.code } })).nodes[0]!;
    expect(reviewed.customerActivity).toMatchObject({ documentsToReview: 0, waitingSince: null, lastCustomerAction: { kind: 'DOCUMENT_UPLOADED' } });
  });

  it('pages through a sorted view without repeats or gaps', async () => {
    for (let i = 0; i < 3; i++) {
      const customer = await world.newCustomer();
      const installation = await createInstallation(world.em(), customer.account, 'Documentación del cliente');
      await upload('document-requests', (await createDocumentRequest(world.em(), installation)).id, customer.cookie);
    }
    const whole = (await list({ sort: 'WAITING_LONGEST' })).nodes.map((node) => node.code);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list({ sort: 'WAITING_LONGEST', first: 2, after });
      paged.push(...page.nodes.map((node) => node.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
    expect(new Set(whole).size).toBe(whole.length);
  });

  it('an accepted offer no longer waits once staff move the installation on; customers may not list', async () => {
    const customer = await world.newCustomer();
    const installation = await createInstallation(world.em(), customer.account, 'Oferta compartida');
    const offer = await shareOffer(installation);
    await world.api.graphql<any>(ACCEPT, { id: offer.id }, { cookie: customer.cookie });
    expect((await list({ filter: { search: installation.code } })).nodes[0]!.customerActivity.acceptedOffers).toBe(1);
    const signing = await defaultFlowSubstate(world.em(), 'Firma de contrato');
    expect((await world.api.graphql<any>(MOVE, { id: installation.id, to: signing.id }, { cookie: world.cookies.admin })).errors).toBeUndefined();
    expect((await list({ filter: { search: installation.code } })).nodes[0]!.customerActivity).toMatchObject({ acceptedOffers: 0, waitingSince: null, lastCustomerAction: { kind: 'OFFER_ACCEPTED' } });

    const refused = await world.api.graphql<any>(LIST, { first: 10 }, { cookie: customer.cookie });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const detail = await world.api.graphql<any>('query ($id: ID!) { installation(id: $id) { customerActivity { acceptedOffers } } }', { id: installation.id }, { cookie: customer.cookie });
    expect(detail.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
