import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '@portal/shared';
import { createInstallation } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { Document, DocumentCategory } from '../documents/document.entity.js';
import type { Installation } from '../installations/installation.entity.js';
import { EmailTemplate } from '../notifications/email-template.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { PortalEventAction } from '../notifications/portal-event-action.entity.js';
import { InstallerVisit, Offer, OfferStatus } from './installation-offers.entity.js';
import { foldLine, icsText } from './visit-ics.js';

const world = useSolarWorld();
/** A second session of the solar customer: another browser tab. */
let secondTabCookie: string;

beforeAll(async () => {
  secondTabCookie = await world.signIn(world.users.solar);
  // Both events send a template, so the tests can count what they raised.
  const fork = world.em();
  for (const language of LANGUAGES) {
    fork.create(EmailTemplate, { key: 'test-portal-event', language, subject: 'Evento |installation_code|', body: 'Hola |client_name|' });
  }
  fork.create(PortalEventAction, { event: 'offer-accepted', templateKey: 'test-portal-event', enabled: true });
  fork.create(PortalEventAction, { event: 'visit-viewed', templateKey: 'test-portal-event', enabled: true });
  await fork.flush();
});

async function createOffer(installation: Installation, fields: Partial<Offer> = {}): Promise<Offer> {
  const fork = world.em();
  const document = fork.create(Document, {
    title: 'Oferta',
    category: DocumentCategory.OFFER,
    folder: 'Ofertas',
    account: world.account,
    fileName: 'oferta.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 10,
    sha256: '0'.repeat(64),
    storageKey: 'offers/none.pdf',
  });
  const offer = fork.create(Offer, {
    installation: installation.id,
    title: 'Autoconsumo 5,6 kWp',
    amount: '6890.00',
    peakPowerKwp: '5.60',
    panelCount: 13,
    document,
    sharedAt: new Date(),
    ...fields,
  });
  await fork.flush();
  return offer;
}

const ACCEPT = /* GraphQL */ `mutation ($id: ID!) { acceptOffer(id: $id) { id status acceptedAt acceptedByName } }`;
const OFFERS = /* GraphQL */ `
  query ($id: ID!) {
    installation(id: $id) {
      offers { id title amount peakPowerKwp panelCount status document { id fileName } }
      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }
    }
  }
`;
const eventsOf = async (templateKey = 'test-portal-event') => world.em().count(OutboxEmail, { templateKey });
const statuses = async (installation: Installation) =>
  Object.fromEntries((await world.em().find(Offer, { installation: installation.id })).map((offer) => [offer.id, offer.status]));

describe('offers', () => {
  it('lists the offers newest first with their PDF; another customer sees nothing', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Oferta compartida');
    const older = await createOffer(installation, { sharedAt: new Date('2026-11-01T10:00:00Z') });
    const newer = await createOffer(installation, { sharedAt: new Date('2026-11-10T10:00:00Z'), title: 'Autoconsumo 8 kWp' });
    const body = await world.api.graphql<any>(OFFERS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.errors).toBeUndefined();
    expect(body.data.installation.offers.map((o: { id: string }) => o.id)).toEqual([newer.id, older.id]);
    expect(body.data.installation.offers[1]).toMatchObject({ amount: '6890.00', peakPowerKwp: '5.60', panelCount: 13, status: 'SHARED', document: { fileName: 'oferta.pdf' } });

    const other = await world.api.graphql<any>(OFFERS, { id: installation.id }, { cookie: world.cookies.otherSolar });
    expect(other.data.installation).toBeNull();
    const refused = await world.api.graphql<any>(OFFERS, { id: installation.id }, { cookie: world.cookies.webClient });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('accepting is idempotent, withdraws the others, records who and when and raises one event', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Oferta compartida');
    const chosen = await createOffer(installation);
    const other = await createOffer(installation);
    const eventsBefore = await eventsOf();

    const first = await world.api.graphql<any>(ACCEPT, { id: chosen.id }, { cookie: world.cookies.solar });
    expect(first.errors).toBeUndefined();
    expect(first.data.acceptOffer).toMatchObject({ id: chosen.id, status: 'ACCEPTED', acceptedByName: expect.any(String) });
    expect(await statuses(installation)).toEqual({ [chosen.id]: 'ACCEPTED', [other.id]: 'WITHDRAWN' });
    expect(await eventsOf()).toBe(eventsBefore + 1);

    const again = await world.api.graphql<any>(ACCEPT, { id: chosen.id }, { cookie: world.cookies.solar });
    expect(again.errors).toBeUndefined();
    expect(again.data.acceptOffer).toEqual(first.data.acceptOffer);
    expect(await eventsOf()).toBe(eventsBefore + 1);

    const withdrawn = await world.api.graphql<any>(ACCEPT, { id: other.id }, { cookie: world.cookies.solar });
    expect(withdrawn.errors![0]!.extensions!.code).toBe('OFFER_NOT_ACCEPTABLE');
    expect(await statuses(installation)).toEqual({ [chosen.id]: 'ACCEPTED', [other.id]: 'WITHDRAWN' });
  });

  it('a withdrawn offer cannot be accepted', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Oferta compartida');
    const offer = await createOffer(installation, { status: OfferStatus.WITHDRAWN });
    const body = await world.api.graphql<any>(ACCEPT, { id: offer.id }, { cookie: world.cookies.solar });
    expect(body.errors![0]!.extensions!.code).toBe('OFFER_NOT_ACCEPTABLE');
    expect(await statuses(installation)).toEqual({ [offer.id]: 'WITHDRAWN' });
  });

  it("another customer's offer is not found, and a WEB_CLIENT may not accept", async () => {
    const installation = await createInstallation(world.em(), world.account, 'Oferta compartida');
    const offer = await createOffer(installation);
    const other = await world.api.graphql<any>(ACCEPT, { id: offer.id }, { cookie: world.cookies.otherSolar });
    expect(other.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const web = await world.api.graphql<any>(ACCEPT, { id: offer.id }, { cookie: world.cookies.webClient });
    expect(web.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await statuses(installation)).toEqual({ [offer.id]: 'SHARED' });
  });

  it('two tabs accepting two offers at once end with exactly one accepted', async () => {
    for (let round = 0; round < 6; round++) {
      const installation = await createInstallation(world.em(), world.account, 'Oferta compartida');
      const a = await createOffer(installation);
      const b = await createOffer(installation);
      const eventsBefore = await eventsOf();
      const answers = await Promise.all([
        world.api.graphql<any>(ACCEPT, { id: a.id }, { cookie: world.cookies.solar }),
        world.api.graphql<any>(ACCEPT, { id: b.id }, { cookie: secondTabCookie }),
      ]);
      const won = answers.filter((answer) => answer.data?.acceptOffer?.status === 'ACCEPTED');
      const lost = answers.filter((answer) => answer.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.errors![0]!.extensions!.code).toBe('OFFER_NOT_ACCEPTABLE');
      const after = await statuses(installation);
      expect(Object.values(after).sort()).toEqual(['ACCEPTED', 'WITHDRAWN']);
      expect(after[won[0]!.data.acceptOffer.id]).toBe('ACCEPTED');
      expect(await eventsOf()).toBe(eventsBefore + 1);
    }
  });

  it('the database refuses a second accepted offer on its own', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Oferta compartida');
    await createOffer(installation, { status: OfferStatus.ACCEPTED, acceptedAt: new Date() });
    await expect(createOffer(installation, { status: OfferStatus.ACCEPTED, acceptedAt: new Date() })).rejects.toThrow(/offer_one_accepted/);
  });
});

const HOUR = 3_600_000;

async function createVisit(installation: Installation, fields: Partial<InstallerVisit> = {}): Promise<InstallerVisit> {
  const fork = world.em();
  const startsAt = new Date(Date.now() + 5 * 24 * HOUR);
  const visit = fork.create(InstallerVisit, {
    installation: installation.id,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    installerName: 'Lucía Fernández',
    company: 'Solar Bética Instalaciones, S.L.',
    phone: '+34 600 123 456',
    email: 'lucia@solarbetica.example',
    notes: 'Acceso por la puerta trasera; traer llave del cuarto de contadores.\nLlamar antes de llegar.',
    ...fields,
  });
  await fork.flush();
  return visit;
}

const MARK_VIEWED = /* GraphQL */ `mutation ($id: ID!) { markVisitViewed(installationId: $id) { id viewedAt } }`;

async function getIcs(installationId: string, cookie?: string): Promise<Response> {
  return fetch(`${world.api.url}/installations/${installationId}/visit.ics`, { headers: cookie ? { cookie } : {} });
}

/** Unfolds an iCalendar text into its logical lines. */
function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

describe('installer visit', () => {
  it('shows the next visit rather than a past one', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Visita técnica');
    await createVisit(installation, { startsAt: new Date(Date.now() - 30 * 24 * HOUR), endsAt: new Date(Date.now() - 30 * 24 * HOUR + HOUR) });
    const next = await createVisit(installation);
    const body = await world.api.graphql<any>(OFFERS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.data.installation.installerVisit).toMatchObject({ id: next.id, installerName: 'Lucía Fernández', viewedAt: null });
  });

  it('is marked viewed the first time, raising visit-viewed once', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Visita técnica');
    const visit = await createVisit(installation);
    const before = await eventsOf();
    const answers = await Promise.all([
      world.api.graphql<any>(MARK_VIEWED, { id: installation.id }, { cookie: world.cookies.solar }),
      world.api.graphql<any>(MARK_VIEWED, { id: installation.id }, { cookie: secondTabCookie }),
    ]);
    for (const answer of answers) expect(answer.data.markVisitViewed).toMatchObject({ id: visit.id, viewedAt: expect.any(String) });
    const again = await world.api.graphql<any>(MARK_VIEWED, { id: installation.id }, { cookie: world.cookies.solar });
    expect(again.data.markVisitViewed.viewedAt).toBe(answers[0]!.data.markVisitViewed.viewedAt);
    expect(await eventsOf()).toBe(before + 1);

    const other = await world.api.graphql<any>(MARK_VIEWED, { id: installation.id }, { cookie: world.cookies.otherSolar });
    expect(other.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('downloads as an iCalendar file in UTC with escaped, folded lines', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Visita técnica');
    const visit = await createVisit(installation, {
      startsAt: new Date('2030-03-10T09:00:00Z'),
      endsAt: new Date('2030-03-10T11:00:00Z'),
    });
    const response = await getIcs(installation.id, world.cookies.solar);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`filename="visita-${installation.code}.ics"`);
    const text = await response.text();
    expect(text).toMatch(/\r\n$/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const physical of text.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);

    const lines = icsLines(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const prop = (name: string) => lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
    expect(prop('UID')).toContain(visit.id);
    expect(prop('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(prop('DTSTART')).toBe('20300310T090000Z');
    expect(prop('DTEND')).toBe('20300310T110000Z');
    expect(prop('SUMMARY')).toContain(installation.code);
    expect(prop('LOCATION')).toBe(icsText(installation.address));
    expect(prop('LOCATION')).toContain('\\,');
    const description = prop('DESCRIPTION')!;
    expect(description).toContain('Lucía Fernández');
    expect(description).toContain('Solar Bética Instalaciones\\, S.L.');
    expect(description).toContain('+34 600 123 456');
    expect(description).toContain('lucia@solarbetica.example');
    expect(description).toContain('puerta trasera\\; traer llave');
    expect(description).toContain('\\nLlamar antes de llegar.');
  });

  it('answers 401 without a session and 404 out of scope, to a WEB_CLIENT or without a visit', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Visita técnica');
    await createVisit(installation);
    const empty = await createInstallation(world.em(), world.account, 'Visita técnica');
    expect((await getIcs(installation.id)).status).toBe(401);
    expect((await getIcs(installation.id, world.cookies.otherSolar)).status).toBe(404);
    expect((await getIcs(installation.id, world.cookies.webClient)).status).toBe(404);
    expect((await getIcs(empty.id, world.cookies.solar)).status).toBe(404);
    expect((await getIcs('not-an-id', world.cookies.solar)).status).toBe(404);
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'ñ'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
