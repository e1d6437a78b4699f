import { describe, expect, it } from 'vitest';
import { Document, DocumentCategory } from '../src/modules/documents/document.entity.js';
import { createInstallation } from './factories.js';
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
