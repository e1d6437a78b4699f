import type { UserType } from '@portal/shared';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../core/errors.js';
import { fiscalIdsOf } from '../auth/customer-scope.js';
import { FiscalIdKind, type CustomerAccount } from '../customers/customer-account.entity.js';
import { automaticUserTypeOf, loadSettings } from '../settings/settings.service.js';
import { isEmailAddress, normalizeEmail } from '../auth/email-address.js';
import type { UserFields } from '../users/user-input.js';
import { Language, User } from '../users/user.entity.js';
import { inviteUser, type WelcomeAt } from '../users/user.service.js';
import { Contract, ContractStatus } from './contract.entity.js';

/**
 * DRAFT → ACTIVE. With automatic user creation on, the account's billing e-mail gets a user
 * (welcomed) or, if it has one, the account's fiscal ID joins their related IDs; all in the
 * activation's transaction. Activating an active contract changes nothing and sends nothing.
 * `em` must see all rows (ALL_ROWS: an admin's ctx.em or a system fork).
 */
export async function activateContract(em: EntityManager, id: string, at: WelcomeAt): Promise<Contract> {
  return em.transactional(async (tx) => {
    // The row lock serialises concurrent activations: only the first one sees DRAFT.
    const contract = await tx.findOne(Contract, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!contract) {
      throw notFound('id', 'No contract has this id.');
    }
    if (contract.status === ContractStatus.ACTIVE) return contract;
    if (contract.status === ContractStatus.TERMINATED) throw badInput('id', 'a terminated contract cannot be activated');

    contract.status = ContractStatus.ACTIVE;
    contract.activatedAt = at.now;
    const settings = await loadSettings(tx);
    if (settings.automaticUserCreation) {
      const account = await contract.account.loadOrFail();
      const email = normalizeEmail(account.billingEmail);
      // Account data comes from billing, not from a person typing: without a usable address
      // the contract still activates, and nobody is invited.
      if (!isEmailAddress(email)) return contract;
      // Two accounts sharing a billing e-mail, activated at once, must end with one user.
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`user-email:${email}`]);
      const existing = await tx.findOne(User, { email });
      if (existing) addAccountToUser(existing, account);
      else await inviteUser(tx, customerFieldsFor(account, automaticUserTypeOf(settings)), at);
    }
    return contract;
  });
}

/** The account's holder as a new customer: its name, its fiscal ID as theirs. */
function customerFieldsFor(account: CustomerAccount, userType: UserType): UserFields {
  const isCompany = account.fiscalIdKind === FiscalIdKind.CIF;
  return {
    email: normalizeEmail(account.billingEmail),
    name: account.name,
    language: Language.ES,
    isAdmin: false,
    userTypes: [userType],
    personalFiscalId: isCompany ? null : account.fiscalId,
    personalFiscalIdKind: isCompany ? null : account.fiscalIdKind,
    companyFiscalId: isCompany ? account.fiscalId : null,
    relatedFiscalIds: [],
    cupsRestriction: [],
  };
}

/** The seed's rule for an e-mail that already has a user: extend their scope, no new user, no e-mail. */
function addAccountToUser(user: User, account: CustomerAccount): void {
  // Admins already see every row and have no scope.
  if (user.isAdmin || fiscalIdsOf(user).includes(account.fiscalId)) return;
  user.relatedFiscalIds = [...user.relatedFiscalIds, account.fiscalId];
}
