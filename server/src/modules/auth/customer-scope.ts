import type { User } from '../users/user.entity.js';

/** Every fiscal ID a user's scope starts from: personal, company and related ones. */
export function fiscalIdsOf(user: Pick<User, 'personalFiscalId' | 'companyFiscalId' | 'relatedFiscalIds'>): string[] {
  const ids = [user.personalFiscalId, user.companyFiscalId, ...user.relatedFiscalIds];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}
