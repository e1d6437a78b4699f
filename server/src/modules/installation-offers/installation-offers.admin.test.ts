import { describe, expect, it } from 'vitest';
import { createInstallation } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { AutomaticAction } from '../automatic-actions/automatic-action.entity.js';
import { AutomaticTrigger } from '../notifications/index.js';
import { Document } from '../documents/document.entity.js';
import { EmailTemplate } from '../notifications/email-template.entity.js';
import { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { InstallerVisit, Offer } from './installation-offers.entity.js';

const world = useSolarWorld();

function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`, 'latin1');
}

function shareOffer(installationId: string, fields: Record<string, string>, cookie: string, bytes = pdf('oferta')) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'oferta.pdf');
  return fetch(`${world.api.url}/uploads/installations/${installationId}/offers`, { method: 'POST', body: form, headers: { cookie } });
}

const OFFER_FIELDS = { title: 'Autoconsumo 5,2 kWp', amount: '6890.50', peakPowerKwp: '5.2', panelCount: '12' };

async function enableAction(trigger: AutomaticTrigger, key: string, subject: string, body: string): Promise<void> {
  const em = world.em();
  em.create(EmailTemplate, { key, language: 'es', subject, body });
  em.create(AutomaticAction, { trigger, templateKey: key });
  await em.flush();
}

const CUSTOMER_OFFERS = /* GraphQL */ `
  query ($id: ID!) { installation(id: $id) { offers { id title amount peakPowerKwp panelCount status document { id fileName category } } } }
`;

describe('sharing an offer (admin upload)', () => {
  it('stores the PDF, creates the offer the customer sees and e-mails OFFER_SHARED in the same transaction', async () => {
    await enableAction(AutomaticTrigger.OFFER_SHARED, 'test-offer-shared', 'Oferta |installation_code|', '|offer_title|: |offer_amount|');
    const installation = await createInstallation(world.em(), world.account, 'Oferta compartida');

    const response = await shareOffer(installation.id, OFFER_FIELDS, world.cookies.admin);
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { id: string; documentId: string };

    const body = await world.api.graphql<any>(CUSTOMER_OFFERS, { id: installation.id }, { cookie: world.cookies.solar });
    expect(body.errors).toBeUndefined();
    expect(body.data.installation.offers).toEqual([
      {
        id: answer.id,
        title: 'Autoconsumo 5,2 kWp',
        amount: '6890.50',
        peakPowerKwp: '5.20',
        panelCount: 12,
        status: 'SHARED',
        document: { id: answer.documentId, fileName: 'oferta.pdf', category: 'OFFER' },
      },
    ]);
    const download = await fetch(`${world.api.url}/files/${answer.documentId}`, { headers: { cookie: world.cookies.solar } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).toString('latin1')).toContain('oferta');

    const emails = await world.em().find(OutboxEmail, { templateKey: 'test-offer-shared' });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: world.account.billingEmail, subject: `Oferta ${installation.code}` });
    expect(emails[0]!.text).toMatch(/^Autoconsumo 5,2 kWp: 6\.890,50\s€$/);

    // Withdrawn: the customer can no longer accept it.
    const withdrawn = await world.api.graphql<any>(`mutation ($id: ID!) { withdrawOffer(id: $id) { status } }`, { id: answer.id }, { cookie: world.cookies.admin });
    expect(withdrawn.data.withdrawOffer.status).toBe('WITHDRAWN');
    const accept = await world.api.graphql<any>(`mutation ($id: ID!) { acceptOffer(id: $id) { id } }`, { id: answer.id }, { cookie: world.cookies.solar });
    expect(accept.errors![0]!.extensions!.code).toBe('OFFER_NOT_ACCEPTABLE');
  });

  it('refuses a bad field naming it (nothing stored), a non-PDF, and anyone but an admin', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Oferta compartida');
    const documents = await world.em().count(Document, {});
    const bad = await shareOffer(installation.id, { ...OFFER_FIELDS, amount: 'mucho' }, world.cookies.admin);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'BAD_USER_INPUT', field: 'amount', reason: 'NOT_A_NUMBER' });
    const noPanels = await shareOffer(installation.id, { ...OFFER_FIELDS, panelCount: '0' }, world.cookies.admin);
    expect(await noPanels.json()).toMatchObject({ field: 'panelCount', reason: 'OUT_OF_RANGE' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 1, 2, 3]);
    expect((await shareOffer(installation.id, OFFER_FIELDS, world.cookies.admin, png)).status).toBe(415);
    expect((await shareOffer(installation.id, OFFER_FIELDS, world.cookies.solar)).status).toBe(403);
    expect((await shareOffer(installation.id, OFFER_FIELDS, '')).status).toBe(401);
    expect((await shareOffer('00000000-0000-4000-8000-000000000000', OFFER_FIELDS, world.cookies.admin)).status).toBe(404);
    expect(await world.em().count(Document, {})).toBe(documents);
    expect(await world.em().count(Offer, { installation: installation.id })).toBe(0);
  });
});

const SCHEDULE = /* GraphQL */ `
  mutation ($id: ID!, $visitId: ID, $input: InstallerVisitInput!) {
    scheduleInstallerVisit(installationId: $id, visitId: $visitId, input: $input) { id startsAt endsAt installerName phone notes viewedAt }
  }
`;

describe('scheduleInstallerVisit', () => {
  it('schedules, then changes the visit (the customer must look again) and e-mails VISIT_SCHEDULED each time', async () => {
    await enableAction(AutomaticTrigger.VISIT_SCHEDULED, 'test-visit', 'Visita |installation_code|', '|visit_date| con |installer_name|');
    const installation = await createInstallation(world.em(), world.account, 'Visita técnica');
    const input = { startsAt: '2026-11-30T09:00:00.000Z', installerName: 'Lucía Gómez', installerPhone: '600 111 222', notes: 'Llamar antes' };
    const created = await world.api.graphql<any>(SCHEDULE, { id: installation.id, input }, { cookie: world.cookies.admin });
    expect(created.errors).toBeUndefined();
    const visit = created.data.scheduleInstallerVisit;
    expect(visit).toMatchObject({ startsAt: '2026-11-30T09:00:00.000Z', endsAt: '2026-11-30T11:00:00.000Z', installerName: 'Lucía Gómez', phone: '600 111 222' });

    let emails = await world.em().find(OutboxEmail, { templateKey: 'test-visit' }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toBe('lunes, 30 de noviembre de 2026, 10:00 con Lucía Gómez');

    // The customer opened it; a change makes it new again.
    await world.api.graphql<any>(`mutation ($id: ID!) { markVisitViewed(installationId: $id) { id } }`, { id: installation.id }, { cookie: world.cookies.solar });
    expect((await world.em().findOneOrFail(InstallerVisit, visit.id)).viewedAt).not.toBeNull();
    const changed = await world.api.graphql<any>(
      SCHEDULE,
      { id: installation.id, visitId: visit.id, input: { ...input, startsAt: '2026-12-01T15:30:00.000Z', installerName: 'Pedro Ruiz' } },
      { cookie: world.cookies.admin },
    );
    expect(changed.data.scheduleInstallerVisit).toMatchObject({ id: visit.id, installerName: 'Pedro Ruiz', viewedAt: null });
    expect(await world.em().count(InstallerVisit, { installation: installation.id })).toBe(1);
    emails = await world.em().find(OutboxEmail, { templateKey: 'test-visit' }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    expect(emails.map((email) => email.text)).toContain('martes, 1 de diciembre de 2026, 16:30 con Pedro Ruiz');

    const backwards = await world.api.graphql<any>(
      SCHEDULE,
      { id: installation.id, input: { ...input, endsAt: '2026-11-30T08:00:00.000Z' } },
      { cookie: world.cookies.admin },
    );
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.endsAt' });
    const noName = await world.api.graphql<any>(SCHEDULE, { id: installation.id, input: { ...input, installerName: ' ' } }, { cookie: world.cookies.admin });
    expect(noName.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.installerName' });
  });

  it('is FORBIDDEN to a customer, like withdrawing an offer', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Visita técnica');
    const input = { startsAt: '2026-11-30T09:00:00.000Z', installerName: 'X', installerPhone: '600' };
    const body = await world.api.graphql<any>(SCHEDULE, { id: installation.id, input }, { cookie: world.cookies.solar });
    expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const withdraw = await world.api.graphql<any>(`mutation { withdrawOffer(id: "00000000-0000-4000-8000-000000000000") { id } }`, undefined, { cookie: world.cookies.solar });
    expect(withdraw.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
