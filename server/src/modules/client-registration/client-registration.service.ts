import { DEFAULT_LANGUAGE, parseFiscalId, type FiscalIdKind } from '@portal/shared';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { madridDateOf } from '@portal/shared';
import { invalidInput } from '../../core/errors.js';
import { DEFAULT_FLOW_NAME } from '../../core/db/migrations/Migration20261122131500_default_flow.js';
import { runAutomaticActions } from '../automatic-actions/index.js';
import { AutomaticTrigger } from '../notifications/index.js';
import { fiscalIdsOf } from '../auth/index.js';
import { isEmailAddress, normalizeEmail } from '../../core/email-address.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { Flow, FlowSubstate } from '../installations/flow.entity.js';
import { firstSubstate, loadFlowTree } from '../installations/index.js';
import { Installation, InstallationTransition, TransitionKind } from '../installations/installation.entity.js';
import { normalizePhone } from '../personal-data/index.js';
import { User, UserStatus } from '../users/user.entity.js';

// Registration is an admin operation: `em` sees every row (an admin's ctx.em carries ALL_ROWS).

export const SOLAR_CLIENT_TYPE = 'SOLAR_CLIENT';

/** Column limits (varchar(255) in the account table). */
const MAX_TEXT = 255;

export type SolarClientFields = {
  name: string;
  email: string;
  phone: string;
  address: string;
  fiscalId?: string | null;
  fiscalIdKind?: FiscalIdKind | null;
};

type ParsedFields = {
  name: string;
  email: string;
  phone: string;
  address: string;
  fiscalId: { value: string; kind: FiscalIdKind } | null;
};

export type SolarClientRegistrationResult = {
  account: CustomerAccount;
  installation: Installation;
  user: User;
  userCreated: boolean;
};

export type RegistrationAt = { now: Date; publicUrl: string; by: Pick<User, 'id'> | null };

function text(argument: string, value: string): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean === '') throw invalidInput(argument, 'REQUIRED', 'is empty');
  if ([...clean].length > MAX_TEXT) throw invalidInput(argument, 'TOO_LONG', `write at most ${MAX_TEXT} characters`);
  return clean;
}

/** Checks every field that needs no database; BAD_USER_INPUT naming `input.<field>` with a reason code. */
export function parseSolarClient(input: SolarClientFields): ParsedFields {
  const name = text('input.name', input.name);
  const email = normalizeEmail(input.email);
  if (!isEmailAddress(email)) throw invalidInput('input.email', 'INVALID', `${email || 'an empty value'} is not an e-mail address`);
  const phone = normalizePhone(input.phone);
  if (!phone) throw invalidInput('input.phone', 'INVALID', 'write a Spanish phone number (9 digits) or an international one starting with +');
  const address = text('input.address', input.address);
  let fiscalId: ParsedFields['fiscalId'] = null;
  if (input.fiscalId?.trim()) {
    const parsed = parseFiscalId(input.fiscalId, input.fiscalIdKind ?? undefined);
    if (!parsed.ok) throw invalidInput('input.fiscalId', parsed.reason, parsed.message);
    fiscalId = { value: parsed.value, kind: parsed.kind };
  }
  return { name, email, phone, address, fiscalId };
}

function fiscalIdTaken(value: string) {
  return invalidInput('input.fiscalId', 'TAKEN', `a customer account with fiscal ID ${value} already exists`);
}

/**
 * Registers a solar client (seed 004): their customer account, a SOLAR_CLIENT user for the
 * e-mail (or, when the e-mail has a customer user, that user gains the account and the type), and
 * an installation in the default flow's first substate; then runs the CLIENT_REGISTERED automatic
 * actions (the default one e-mails the portal magic link). One transaction: all or nothing.
 */
export async function registerSolarClient(
  em: EntityManager,
  input: SolarClientFields,
  at: RegistrationAt,
): Promise<SolarClientRegistrationResult> {
  const fields = parseSolarClient(input);
  try {
    return await em.transactional(async (tx) => {
      // The same lock as automatic user creation: one user per e-mail however the two race.
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`user-email:${fields.email}`]);
      const existing = await tx.findOne(User, { email: fields.email });
      if (existing?.isAdmin) throw invalidInput('input.email', 'ADMIN_EMAIL', 'this e-mail belongs to a staff user; use the client’s own address');
      if (fields.fiscalId && (await tx.count(CustomerAccount, { fiscalId: fields.fiscalId.value })) > 0) throw fiscalIdTaken(fields.fiscalId.value);

      const account = tx.create(CustomerAccount, {
        name: fields.name,
        billingEmail: fields.email,
        phone: fields.phone,
        address: fields.address,
        fiscalId: fields.fiscalId?.value ?? null,
        fiscalIdKind: fields.fiscalId?.kind ?? null,
        createdAt: at.now,
      });
      const user = existing ?? tx.create(User, newUserFields(fields, at.now));
      if (existing) extendUser(existing, account);
      // Without a fiscal ID the account is reached through its user (the scope in auth/session-viewer.ts).
      if (!account.fiscalId) account.registeredUserId = user.id;

      const installation = await createFirstInstallation(tx, account, fields.address, at);
      // The automatic actions look the user up and issue their sign-in link: write them first.
      await tx.flush();
      await runAutomaticActions(tx, AutomaticTrigger.CLIENT_REGISTERED, { account, now: at.now, publicUrl: at.publicUrl, variables: {} });
      return { account, installation, user, userCreated: !existing };
    });
  } catch (error) {
    // Two registrations of one fiscal ID at once: the unique index decides.
    if (error instanceof UniqueConstraintViolationException && /fiscal_id/.test(error.message) && fields.fiscalId) {
      throw fiscalIdTaken(fields.fiscalId.value);
    }
    throw error;
  }
}

function newUserFields(fields: ParsedFields, now: Date) {
  const isCompany = fields.fiscalId?.kind === 'CIF';
  return {
    email: fields.email,
    name: fields.name,
    language: DEFAULT_LANGUAGE,
    status: UserStatus.INVITED,
    isAdmin: false,
    userTypes: [SOLAR_CLIENT_TYPE],
    personalFiscalId: fields.fiscalId && !isCompany ? fields.fiscalId.value : null,
    personalFiscalIdKind: fields.fiscalId && !isCompany ? fields.fiscalId.kind : null,
    companyFiscalId: fields.fiscalId && isCompany ? fields.fiscalId.value : null,
    relatedFiscalIds: [],
    cupsRestriction: [],
    createdAt: now,
  };
}

/** An existing customer of that e-mail: they see the new account and the installation screens. */
function extendUser(user: User, account: CustomerAccount): void {
  if (!user.userTypes.includes(SOLAR_CLIENT_TYPE)) user.userTypes = [...user.userTypes, SOLAR_CLIENT_TYPE];
  if (account.fiscalId && !fiscalIdsOf(user).includes(account.fiscalId)) user.relatedFiscalIds = [...user.relatedFiscalIds, account.fiscalId];
}

/** The flow new installations follow: the default one, or (if renamed away) the oldest. */
async function defaultFlow(em: EntityManager): Promise<Flow> {
  const flow =
    (await em.findOne(Flow, { name: DEFAULT_FLOW_NAME })) ?? (await em.findOne(Flow, {}, { orderBy: { createdAt: 'asc', id: 'asc' } }));
  if (!flow) throw new Error('There is no installation flow to register the client in');
  return flow;
}

/** The next free FV-YYYY-NNNN of the year (Madrid time), serialised by a lock per year. */
async function nextInstallationCode(em: EntityManager, now: Date): Promise<string> {
  const year = madridDateOf(now).slice(0, 4);
  const prefix = `FV-${year}-`;
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`installation-code:${year}`]);
  const [row] = await em.execute<{ last: number | null }[]>(
    `select max(substring(code from ${prefix.length + 1})::int) as last from installation where code ~ ?`,
    [`^${prefix}[0-9]+$`],
  );
  return `${prefix}${String((row?.last ?? 0) + 1).padStart(4, '0')}`;
}

async function createFirstInstallation(em: EntityManager, account: CustomerAccount, address: string, at: RegistrationAt): Promise<Installation> {
  const flow = await defaultFlow(em);
  const first = firstSubstate(await loadFlowTree(em, flow.id));
  const installation = em.create(Installation, {
    code: await nextInstallationCode(em, at.now),
    account,
    flow,
    substate: em.getReference(FlowSubstate, first.id, { wrapped: true }),
    address,
    createdAt: at.now,
    updatedAt: at.now,
  });
  em.create(InstallationTransition, { installation, toSubstate: first, kind: TransitionKind.CREATED, at: at.now, byUser: at.by ? em.getReference(User, at.by.id) : null });
  return installation;
}
