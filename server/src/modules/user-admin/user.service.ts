import { normalizeIdentifier } from '@portal/shared';
import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../core/errors.js';
import { paginate, type Page, type PageArgs } from '../../core/graphql/pagination.js';
import { fiscalIdsOf, revokeAllSessions, revokeSignInSecrets, endActingAsUser } from '../auth/index.js';
import { inviteUser, welcomeAgain, type WelcomeAt } from '../auth/index.js';
import type { CustomerAccount } from '../customers/customer-account.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { fiscalIdArgument, parseUserInput } from '../users/index.js';
import type { FiscalIdInput, UserInput, UserFields } from '../users/index.js';
import { User, UserStatus } from '../users/user.entity.js';
import type { AvailableCups } from './user.types.js';
import { containsPattern } from '../../core/db/like-pattern.js';

// Every function here takes an EntityManager that sees all rows (an admin's ctx.em or a
// system fork with ALL_ROWS): scope checks read accounts and CUPS of any customer.

function userNotFound() {
  return notFound('id', 'No user has this id.');
}

const EMAIL_TAKEN = 'is already used by another user';

/** The unique index is the last word when two admins save the same e-mail at once. */
function emailTakenOnConflict(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException && /email/.test(error.message)) {
    throw badInput('input.email', EMAIL_TAKEN);
  }
  throw error;
}

async function assertEmailFree(em: EntityManager, email: string, exceptUserId: string | null): Promise<void> {
  const other = await em.findOne(User, { email, ...(exceptUserId ? { id: { $ne: exceptUserId } } : {}) });
  if (other) throw badInput('input.email', EMAIL_TAKEN);
}

/** The CUPS of the accounts holding these (normalised) fiscal IDs, with their account, by CUPS. */
export async function supplyPointsOfFiscalIds(em: EntityManager, fiscalIds: readonly string[]): Promise<SupplyPoint[]> {
  if (fiscalIds.length === 0) return [];
  return em.find(
    SupplyPoint,
    { account: { fiscalId: { $in: [...fiscalIds] } } },
    { populate: ['account'], orderBy: { cups: 'asc' } },
  );
}

/** The restriction must pick from the CUPS the fiscal IDs being saved reach (PRODUCT.md "Scope"). */
async function assertCupsInScope(em: EntityManager, fields: UserFields, input: UserInput): Promise<void> {
  if (fields.cupsRestriction.length === 0) return;
  const reachable = new Set((await supplyPointsOfFiscalIds(em, fiscalIdsOf(fields))).map((point) => point.cups));
  const outside = fields.cupsRestriction.find((cups) => !reachable.has(cups));
  if (outside === undefined) return;
  const index = input.cupsRestriction.findIndex((raw) => normalizeIdentifier(raw) === outside);
  throw badInput(`input.cupsRestriction[${index}]`, `${outside} is not a supply point of these fiscal IDs`);
}

/** Input checks that need the database; nothing is written before they all pass. */
async function assertSavable(em: EntityManager, fields: UserFields, input: UserInput, userId: string | null): Promise<void> {
  await assertEmailFree(em, fields.email, userId);
  await assertCupsInScope(em, fields, input);
}

/** Admin creation: validated, saved and welcomed in one transaction. */
export async function createUser(em: EntityManager, input: UserInput, at: WelcomeAt): Promise<User> {
  const fields = parseUserInput(input);
  return em
    .transactional(async (tx) => {
      await assertSavable(tx, fields, input, null);
      return inviteUser(tx, fields, at);
    })
    .catch(emailTakenOnConflict);
}

/**
 * Replaces the user's editable fields; their scope changes from their next request on. A new
 * e-mail address retires whatever reached the old one: links, codes and sessions (a mistyped
 * address may belong to someone else), and an invited user is welcomed again at the new one.
 */
export async function updateUser(
  em: EntityManager,
  id: string,
  input: UserInput,
  at: WelcomeAt & { actorId: string },
): Promise<User> {
  const fields = parseUserInput(input);
  return em
    .transactional(async (tx) => {
      const user = await tx.findOne(User, { id });
      if (!user) throw userNotFound();
      if (user.id === at.actorId && user.isAdmin && !fields.isAdmin) {
        throw badInput('input.isAdmin', 'you cannot take away your own admin rights');
      }
      await assertSavable(tx, fields, input, user.id);
      const emailChanged = fields.email !== user.email;
      tx.assign(user, fields);
      if (emailChanged) {
        await revokeSignInSecrets(tx, user.id, at.now);
        await revokeAllSessions(tx, user.id, at.now);
        if (user.status === UserStatus.INVITED) await welcomeAgain(tx, user, at);
      }
      return user;
    })
    .catch(emailTakenOnConflict);
}

/** The user can no longer sign in, and every session they have ends now. */
export async function disableUser(em: EntityManager, id: string, at: { now: Date; actorId: string }): Promise<User> {
  if (id === at.actorId) throw badInput('id', 'you cannot disable your own account');
  return em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id });
    if (!user) throw userNotFound();
    user.status = UserStatus.DISABLED;
    await revokeAllSessions(tx, user.id, at.now);
    // Admins viewing the portal as them stop: it would otherwise resume if they were enabled again.
    await endActingAsUser(tx, user.id, at.now);
    return user;
  });
}

/** Back to ACTIVE, or INVITED if they never signed in. */
export async function enableUser(em: EntityManager, id: string): Promise<User> {
  return em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id });
    if (!user) throw userNotFound();
    if (user.status === UserStatus.DISABLED) user.status = user.lastSignInAt ? UserStatus.ACTIVE : UserStatus.INVITED;
    return user;
  });
}

/** A new welcome link; issuing it makes the older ones stop working. */
export async function resendWelcome(em: EntityManager, id: string, at: WelcomeAt): Promise<boolean> {
  await em.transactional(async (tx) => {
    const user = await tx.findOne(User, { id });
    if (!user) throw userNotFound();
    if (user.status === UserStatus.DISABLED) throw badInput('id', 'the user is disabled; enable them first');
    await welcomeAgain(tx, user, at);
  });
  return true;
}

/** Users whose e-mail or name contains `search` (any case), by name. */
export function searchUsers(em: EntityManager, search: string | null | undefined, page: PageArgs): Promise<Page<User>> {
  const term = search?.trim();
  const where: FilterQuery<User> = term
    ? { $or: [{ email: { $ilike: containsPattern(term) } }, { name: { $ilike: containsPattern(term) } }] }
    : {};
  return paginate(em, User, where, { name: 'asc', id: 'asc' }, page);
}

/** The CUPS a scope being edited reaches, before it is saved (the admin form's live list). */
export async function availableCups(em: EntityManager, fiscalIds: readonly FiscalIdInput[]): Promise<AvailableCups[]> {
  const ids = fiscalIds.map((id, i) => fiscalIdArgument(`fiscalIds[${i}]`, id).value);
  const points = await supplyPointsOfFiscalIds(em, [...new Set(ids)]);
  return points.map((point) => {
    const account: CustomerAccount = point.account.getEntity();
    return {
      cups: point.cups,
      address: point.address,
      accessTariff: point.accessTariff,
      accountName: account.name,
      // Found by its fiscal ID, so it has one (only registered solar clients may lack it).
      fiscalId: account.fiscalId!,
      fiscalIdKind: account.fiscalIdKind!,
    };
  });
}
