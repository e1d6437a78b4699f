import { addDays, DEFAULT_LANGUAGE, type UserType } from '@portal/shared';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, InvalidInputError, notFound } from '../../core/errors.js';
import { fiscalIdsOf } from '../auth/index.js';
import { type CustomerAccount } from '../customers/customer-account.entity.js';
import { automaticUserTypeOf, loadSettings } from '../settings/index.js';
import { isEmailAddress, normalizeEmail } from '../../core/email-address.js';
import type { UserFields } from '../users/index.js';
import { User } from '../users/user.entity.js';
import { inviteUser, type WelcomeAt } from '../auth/index.js';
import { AutomaticTrigger } from '../notifications/index.js';
import { runAutomaticActions } from '../automatic-actions/index.js';
import { Contract, ContractStatus } from './contract.entity.js';
import { stringEnum, type EnumValue } from '../../core/string-enum.js';

/** What activating a contract did about the account's portal user (the admin screen says it). */
export const ContractActivationOutcome = stringEnum([
  /** The contract was already active: nothing changed, nothing was sent. */
  'ALREADY_ACTIVE',
  /** Activated; automatic user creation is off. */
  'ACTIVATED',
  /** Activated; automatic creation is on but the billing e-mail is not a usable address. */
  'NO_USABLE_EMAIL',
  /** Activated; a user was created for the billing e-mail and welcomed. */
  'USER_CREATED',
  /** Activated; the billing e-mail's existing user now also sees this account (its fiscal ID joined their related IDs). */
  'ACCOUNT_ADDED_TO_USER',
  /** Activated; the billing e-mail's existing user already saw this account (or is staff). */
  'USER_ALREADY_COVERED',
]);
export type ContractActivationOutcome = EnumValue<typeof ContractActivationOutcome>;

export type ContractActivation = { contract: Contract; outcome: ContractActivationOutcome; user: User | null };

/**
 * DRAFT → ACTIVE, refused when an active contract of the same supply point overlaps its dates,
 * unless `replaceOverlapping` ends that one the day before. With automatic user creation on, the account's billing e-mail gets a user
 * (welcomed) or, if it has one, the account's fiscal ID joins their related IDs; then the
 * CONTRACT_ACTIVATED automatic actions run; all in the activation's transaction. Activating an
 * active contract changes nothing and sends nothing.
 * `em` must see all rows (ALL_ROWS: an admin's ctx.em or a system fork).
 */
export async function activateContract(
  em: EntityManager,
  id: string,
  at: WelcomeAt,
  options: { replaceOverlapping?: boolean } = {},
): Promise<ContractActivation> {
  try {
    return await activateInTransaction(em, id, at, options.replaceOverlapping ?? false);
  } catch (error) {
    // The exclusion constraint caught a race the advisory lock did not (another writer of contracts).
    if (isExclusionViolation(error)) throw overlapRefusal(null, false);
    throw error;
  }
}

async function activateInTransaction(em: EntityManager, id: string, at: WelcomeAt, replaceOverlapping: boolean): Promise<ContractActivation> {
  return em.transactional(async (tx) => {
    // The row lock serialises concurrent activations: only the first one sees DRAFT.
    const contract = await tx.findOne(Contract, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!contract) {
      throw notFound('id', 'No contract has this id.');
    }
    if (contract.status === ContractStatus.ACTIVE) return { contract, outcome: ContractActivationOutcome.ALREADY_ACTIVE, user: null };
    if (contract.status === ContractStatus.TERMINATED) throw badInput('id', 'a terminated contract cannot be activated');
    await endOrRefuseOverlapping(tx, contract, replaceOverlapping);
    contract.status = ContractStatus.ACTIVE;
    contract.activatedAt = at.now;
    const account = await contract.account.loadOrFail();
    const result = await provideUser(tx, account, at);
    // The actions find the account's user in the database: write the user first (same transaction).
    await tx.flush();
    const supplyPoint = await contract.supplyPoint.loadOrFail();
    await runAutomaticActions(tx, AutomaticTrigger.CONTRACT_ACTIVATED, {
      account,
      now: at.now,
      publicUrl: at.publicUrl,
      variables: { contract_code: contract.code, cups: supplyPoint.cups },
    });
    return { contract, ...result };
  });
}

/**
 * The supply point's active contracts whose dates meet `contract`'s: refused (naming the first),
 * or, when the admin asked to replace them, each ended the day before `contract` starts. A
 * contract that starts on or after that day cannot be ended before it and is always refused.
 */
async function endOrRefuseOverlapping(tx: EntityManager, contract: Contract, replace: boolean): Promise<void> {
  // Activations on one supply point queue here, so the second sees the first (the constraint backs this).
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`contract-supply-point:${contract.supplyPoint.id}`]);
  const overlapping = await tx.find(
    Contract,
    {
      supplyPoint: contract.supplyPoint.id,
      status: ContractStatus.ACTIVE,
      id: { $ne: contract.id },
      ...(contract.endDate ? { startDate: { $lte: contract.endDate } } : {}),
      $or: [{ endDate: null }, { endDate: { $gte: contract.startDate } }],
    },
    { orderBy: { startDate: 'asc' } },
  );
  if (overlapping.length === 0) return;
  const replaceable = overlapping.every((old) => old.startDate < contract.startDate);
  if (!replace || !replaceable) throw overlapRefusal(overlapping[0]!, replaceable);
  for (const old of overlapping) old.endDate = addDays(contract.startDate, -1);
  // Ended before this one turns active: the constraint checks each row as it is written.
  await tx.flush();
}

/** BAD_USER_INPUT CONTRACT_OVERLAP on `id`, naming the contract in the way and its dates when known. */
function overlapRefusal(old: Contract | null, replaceable: boolean): InvalidInputError {
  const dates = old ? ` ${old.code} (${old.startDate} to ${old.endDate ?? 'open-ended'})` : ' another contract';
  return new InvalidInputError('id', 'CONTRACT_OVERLAP', `the supply point's active contract${dates} overlaps this one's dates`, {
    overlappingCode: old?.code ?? null,
    overlappingStartDate: old?.startDate ?? null,
    overlappingEndDate: old?.endDate ?? null,
    replaceable,
  });
}

function isExclusionViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23P01';
}

/** Automatic user creation for a newly active contract's account (nothing when the setting is off). */
async function provideUser(
  tx: EntityManager,
  account: CustomerAccount,
  at: WelcomeAt,
): Promise<Omit<ContractActivation, 'contract'>> {
  const settings = await loadSettings(tx);
  if (!settings.automaticUserCreation) return { outcome: ContractActivationOutcome.ACTIVATED, user: null };
  const email = normalizeEmail(account.billingEmail);
  // Account data comes from billing, not from a person typing: without a usable address
  // the contract still activates, and nobody is invited.
  if (!isEmailAddress(email)) return { outcome: ContractActivationOutcome.NO_USABLE_EMAIL, user: null };
  // Two accounts sharing a billing e-mail, activated at once, must end with one user.
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`user-email:${email}`]);
  const existing = await tx.findOne(User, { email });
  if (existing) {
    const added = addAccountToUser(existing, account);
    return { outcome: added ? ContractActivationOutcome.ACCOUNT_ADDED_TO_USER : ContractActivationOutcome.USER_ALREADY_COVERED, user: existing };
  }
  const user = await inviteUser(tx, customerFieldsFor(account, automaticUserTypeOf(settings)), at);
  // An account without a fiscal ID is reached through the user it belongs to.
  if (!account.fiscalId) account.registeredUserId = user.id;
  return { outcome: ContractActivationOutcome.USER_CREATED, user };
}

/** The account's holder as a new customer: its name, its fiscal ID as theirs. */
function customerFieldsFor(account: CustomerAccount, userType: UserType): UserFields {
  const isCompany = account.fiscalIdKind === 'CIF';
  return {
    email: normalizeEmail(account.billingEmail),
    name: account.name,
    language: DEFAULT_LANGUAGE,
    isAdmin: false,
    userTypes: [userType],
    personalFiscalId: isCompany ? null : account.fiscalId,
    personalFiscalIdKind: isCompany ? null : account.fiscalIdKind,
    companyFiscalId: isCompany ? account.fiscalId : null,
    relatedFiscalIds: [],
    cupsRestriction: [],
  };
}

/**
 * The seed's rule for an e-mail that already has a user: extend their scope, no new user, no
 * e-mail. False when they already see the account (or are staff, who see every row).
 */
function addAccountToUser(user: User, account: CustomerAccount): boolean {
  if (user.isAdmin) return false;
  if (!account.fiscalId) {
    if (account.registeredUserId) return false;
    account.registeredUserId = user.id;
    return true;
  }
  if (fiscalIdsOf(user).includes(account.fiscalId)) return false;
  user.relatedFiscalIds = [...user.relatedFiscalIds, account.fiscalId];
  return true;
}
