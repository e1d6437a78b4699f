import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW_NAME } from '../src/core/db/migrations/Migration20261122131500_default_flow.js';
import { AutomaticAction } from '../src/modules/automatic-actions/automatic-action.entity.js';
import { CustomerAccount } from '../src/modules/customers/customer-account.entity.js';
import { Document, DocumentCategory } from '../src/modules/documents/document.entity.js';
import { AutomaticTrigger } from '../src/modules/notifications/index.js';
import { EmailTemplate } from '../src/modules/notifications/email-template.entity.js';
import { OutboxEmail } from '../src/modules/notifications/outbox-email.entity.js';
import { createAdmin, createInstallation } from './factories.js';
import { useSolarWorld } from './solar-world.js';

// Issue 17: admin-written texts a customer reads come in the viewer's language, the Spanish where none was written.
const world = useSolarWorld();

const DOCUMENTS = /* GraphQL */ `
  query ($folder: String) {
    documents(first: 10, filter: { folder: $folder }) { nodes { title folder titleTranslations { es en } folderTranslations { es en } } }
  }
`;
const REQUEST = /* GraphQL */ `
  mutation ($id: ID!, $name: String!, $description: String, $nameEn: String, $descriptionEn: String) {
    requestInstallationDocument(installationId: $id, name: $name, description: $description, nameEn: $nameEn, descriptionEn: $descriptionEn) { id }
  }
`;
const REQUESTS = /* GraphQL */ `
  query ($id: ID!) { installation(id: $id) { documentRequests { name description nameTranslations { es en } } } }
`;

async function shareDocument(accountId: string, title: string, titleEn: string | null): Promise<void> {
  const em = world.em();
  em.create(Document, {
    title,
    titleTranslations: titleEn ? { en: titleEn } : {},
    category: DocumentCategory.INVOICE,
    folder: 'Facturas',
    folderTranslations: { en: 'Invoices' },
    account: accountId,
    fileName: 'factura.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 10,
    sha256: '0'.repeat(64),
    storageKey: `test/${title}`,
  });
  await em.flush();
}

describe('documents in the viewer language', () => {
  it('an English viewer reads the English title and folder, the Spanish where none; a Spanish viewer the Spanish', async () => {
    const english = await world.newCustomer({ user: { language: 'en' } });
    await shareDocument(english.account.id, 'Factura FE-1', 'Invoice FE-1');
    await shareDocument(english.account.id, 'Carta de bienvenida', null);
    await shareDocument(world.account.id, 'Factura FE-2', 'Invoice FE-2');

    const read = await world.api.graphql<any>(DOCUMENTS, {}, { cookie: english.cookie });
    expect(read.errors).toBeUndefined();
    const nodes = read.data.documents.nodes;
    expect(nodes.map((node: any) => [node.title, node.folder]).sort()).toEqual([
      ['Carta de bienvenida', 'Invoices'],
      ['Invoice FE-1', 'Invoices'],
    ]);
    expect(nodes.find((node: any) => node.title === 'Invoice FE-1').titleTranslations).toEqual({ es: 'Factura FE-1', en: 'Invoice FE-1' });
    expect(nodes.find((node: any) => node.title === 'Carta de bienvenida').titleTranslations).toEqual({ es: 'Carta de bienvenida', en: null });
    // The folder named as the viewer reads it finds its documents.
    const filtered = await world.api.graphql<any>(DOCUMENTS, { folder: 'Invoices' }, { cookie: english.cookie });
    expect(filtered.data.documents.nodes).toHaveLength(2);

    const spanish = await world.api.graphql<any>(DOCUMENTS, { folder: 'Facturas' }, { cookie: world.cookies.solar });
    expect(spanish.data.documents.nodes.map((node: any) => [node.title, node.folder])).toEqual([['Factura FE-2', 'Facturas']]);
  });
});

describe('document requests in the viewer language', () => {
  it('staff write the English beside the Spanish; each customer reads their own language, the Spanish where none', async () => {
    const english = await world.newCustomer({ user: { language: 'en' } });
    const installation = await createInstallation(world.em(), english.account);
    const asked = await world.api.graphql<any>(
      REQUEST,
      { id: installation.id, name: 'Fotos del tejado', description: 'Dos o tres', nameEn: ' Photos of the roof ', descriptionEn: 'Two or three' },
      { cookie: world.cookies.admin },
    );
    expect(asked.errors).toBeUndefined();
    await world.api.graphql<any>(REQUEST, { id: installation.id, name: 'Copia del DNI' }, { cookie: world.cookies.admin });

    const read = await world.api.graphql<any>(REQUESTS, { id: installation.id }, { cookie: english.cookie });
    expect(read.data.installation.documentRequests).toEqual([
      { name: 'Photos of the roof', description: 'Two or three', nameTranslations: { es: 'Fotos del tejado', en: 'Photos of the roof' } },
      { name: 'Copia del DNI', description: '', nameTranslations: { es: 'Copia del DNI', en: null } },
    ]);

    const admin = await world.api.graphql<any>(REQUESTS, { id: installation.id }, { cookie: world.cookies.admin });
    expect(admin.data.installation.documentRequests[0]).toMatchObject({ name: 'Fotos del tejado', description: 'Dos o tres' });
  });

  it('an English name over the limit is refused naming its argument', async () => {
    const installation = await createInstallation(world.em(), world.account);
    const refused = await world.api.graphql<any>(REQUEST, { id: installation.id, name: 'Fotos', nameEn: 'x'.repeat(121) }, { cookie: world.cookies.admin });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'nameEn', reason: 'TOO_LONG' });
  });
});

describe('documents to sign in the viewer language', () => {
  it('staff upload with an English title: the English customer reads it on the step and in the documents', async () => {
    const english = await world.newCustomer({ user: { language: 'en' } });
    const installation = await createInstallation(world.em(), english.account);
    const form = new FormData();
    form.append('title', 'Contrato de instalación');
    form.append('titleEn', 'Installation contract');
    form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.7\ncontrato\n%%EOF\n', 'latin1'))], { type: 'application/pdf' }), 'contrato.pdf');
    const uploaded = await fetch(`${world.api.url}/uploads/installations/${installation.id}/signing-documents`, {
      method: 'POST',
      body: form,
      headers: { cookie: world.cookies.admin },
    });
    expect(uploaded.status).toBe(201);

    const SIGNING = `query ($id: ID!) { installation(id: $id) { signingDocuments { title titleTranslations { es en } document { title folder } } } }`;
    const read = await world.api.graphql<any>(SIGNING, { id: installation.id }, { cookie: english.cookie });
    expect(read.data.installation.signingDocuments).toEqual([
      {
        title: 'Installation contract',
        titleTranslations: { es: 'Contrato de instalación', en: 'Installation contract' },
        document: { title: 'Installation contract', folder: 'Installation' },
      },
    ]);
    const admin = await world.api.graphql<any>(SIGNING, { id: installation.id }, { cookie: world.cookies.admin });
    expect(admin.data.installation.signingDocuments[0]).toMatchObject({ title: 'Contrato de instalación', document: { folder: 'Instalación' } });
  });
});

describe('offers in the viewer language', () => {
  const OFFERS = `query ($id: ID!) { installation(id: $id) { offers { title titleTranslations { es en } document { title } } } }`;

  async function shareOffer(installationId: string, fields: Record<string, string>): Promise<Response> {
    const form = new FormData();
    for (const [name, value] of Object.entries({ amount: '6890.50', peakPowerKwp: '5.6', panelCount: '13', ...fields })) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.7\noferta\n%%EOF\n', 'latin1'))], { type: 'application/pdf' }), 'oferta.pdf');
    return fetch(`${world.api.url}/uploads/installations/${installationId}/offers`, { method: 'POST', body: form, headers: { cookie: world.cookies.admin } });
  }

  it('staff share an offer with its English title: the English customer reads it on the offer, its PDF and the e-mail', async () => {
    const em = world.em();
    em.create(EmailTemplate, { key: 'test-offer-shared-en', language: 'es', subject: 'Tu oferta', body: 'ES |offer_title|' });
    em.create(EmailTemplate, { key: 'test-offer-shared-en', language: 'en', subject: 'Your offer', body: 'EN |offer_title|' });
    em.create(AutomaticAction, { trigger: AutomaticTrigger.OFFER_SHARED, templateKey: 'test-offer-shared-en' });
    await em.flush();
    const english = await world.newCustomer({ user: { language: 'en' } });
    // The account's e-mails reach its portal user, in the user's language.
    await world.em().nativeUpdate(CustomerAccount, { id: english.account.id }, { billingEmail: english.user.email });
    const installation = await createInstallation(world.em(), english.account);

    expect((await shareOffer(installation.id, { title: 'Autoconsumo 5,6 kWp', titleEn: ' Self-consumption 5.6 kWp ' })).status).toBe(201);

    const read = await world.api.graphql<any>(OFFERS, { id: installation.id }, { cookie: english.cookie });
    expect(read.errors).toBeUndefined();
    expect(read.data.installation.offers).toEqual([
      {
        title: 'Self-consumption 5.6 kWp',
        titleTranslations: { es: 'Autoconsumo 5,6 kWp', en: 'Self-consumption 5.6 kWp' },
        document: { title: 'Offer Self-consumption 5.6 kWp' },
      },
    ]);
    const admin = await world.api.graphql<any>(OFFERS, { id: installation.id }, { cookie: world.cookies.admin });
    expect(admin.data.installation.offers[0]).toMatchObject({ title: 'Autoconsumo 5,6 kWp', document: { title: 'Oferta Autoconsumo 5,6 kWp' } });
    const [email] = await world.em().find(OutboxEmail, { templateKey: 'test-offer-shared-en', to: english.user.email });
    expect(email!.text.trim()).toBe('EN Self-consumption 5.6 kWp');
  });

  it('an offer without English reads the Spanish; an English title over the limit is refused naming titleEn', async () => {
    const english = await world.newCustomer({ user: { language: 'en' } });
    const installation = await createInstallation(world.em(), english.account);
    const tooLong = await shareOffer(installation.id, { title: 'Autoconsumo', titleEn: 'x'.repeat(201) });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ field: 'titleEn', reason: 'TOO_LONG' });

    expect((await shareOffer(installation.id, { title: 'Autoconsumo 3 kWp' })).status).toBe(201);
    const read = await world.api.graphql<any>(OFFERS, { id: installation.id }, { cookie: english.cookie });
    expect(read.data.installation.offers).toEqual([
      { title: 'Autoconsumo 3 kWp', titleTranslations: { es: 'Autoconsumo 3 kWp', en: null }, document: { title: 'Offer Autoconsumo 3 kWp' } },
    ]);
  });
});

describe('flow names in the viewer language', () => {
  const FLOWS = `{ flows { id name nameTranslations { es en } } }`;
  const UPDATE = `mutation ($id: ID!, $input: FlowInput!) { updateFlow(id: $id, input: $input) { name nameTranslations { es en } } }`;

  it('the default flow has its English name; staff reading in English see it, and the admin writes and clears it', async () => {
    const englishAdmin = await createAdmin(world.em(), { language: 'en' });
    const englishCookie = await world.signIn(englishAdmin);
    const spanish = await world.api.graphql<any>(FLOWS, {}, { cookie: world.cookies.admin });
    const flow = spanish.data.flows.find((f: any) => f.nameTranslations.es === DEFAULT_FLOW_NAME);
    expect(flow).toMatchObject({ name: 'Autoconsumo residencial', nameTranslations: { es: 'Autoconsumo residencial', en: 'Residential self-consumption' } });
    const english = await world.api.graphql<any>(FLOWS, {}, { cookie: englishCookie });
    expect(english.data.flows.find((f: any) => f.id === flow.id).name).toBe('Residential self-consumption');

    try {
      const renamed = await world.api.graphql<any>(
        UPDATE,
        { id: flow.id, input: { name: DEFAULT_FLOW_NAME, nameEn: ' Home solar ', restartAllowed: true } },
        { cookie: englishCookie },
      );
      expect(renamed.data.updateFlow).toEqual({ name: 'Home solar', nameTranslations: { es: DEFAULT_FLOW_NAME, en: 'Home solar' } });
      const cleared = await world.api.graphql<any>(UPDATE, { id: flow.id, input: { name: DEFAULT_FLOW_NAME, restartAllowed: true } }, { cookie: englishCookie });
      expect(cleared.data.updateFlow).toEqual({ name: DEFAULT_FLOW_NAME, nameTranslations: { es: DEFAULT_FLOW_NAME, en: null } });
      const tooLong = await world.api.graphql<any>(UPDATE, { id: flow.id, input: { name: DEFAULT_FLOW_NAME, nameEn: 'x'.repeat(256), restartAllowed: true } }, { cookie: englishCookie });
      expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.nameEn', reason: 'TOO_LONG' });
    } finally {
      await world.api.graphql<any>(UPDATE, { id: flow.id, input: { name: DEFAULT_FLOW_NAME, nameEn: 'Residential self-consumption', restartAllowed: true } }, { cookie: world.cookies.admin });
    }
  });
});
