import { addCondition, type Conditions } from '../../core/db/lean-sql.js';
import { ContractStatus, type StoredContractStatus } from './contract.entity.js';

type ContractDates = { status: StoredContractStatus; startDate: string; endDate: string | null };

/**
 * The status a person reads, derived from the stored one and the dates on the Madrid day `today`
 * (read time, so no job has to run): an active contract is SCHEDULED before its start and
 * TERMINATED after its end. `addContractStatusCondition` is the same rule in SQL.
 */
export function contractStatusOn(contract: ContractDates, today: string): ContractStatus {
  if (contract.status !== ContractStatus.ACTIVE) return contract.status;
  if (contract.startDate > today) return ContractStatus.SCHEDULED;
  if (contract.endDate !== null && contract.endDate < today) return ContractStatus.TERMINATED;
  return ContractStatus.ACTIVE;
}

/** Keeps the rows of the contract table aliased `alias` whose `contractStatusOn` is `status`. */
export function addContractStatusCondition(where: Conditions, alias: string, status: ContractStatus, today: string): Conditions {
  const derived =
    `(case when ${alias}.status <> 'ACTIVE' then ${alias}.status` +
    ` when ${alias}.start_date > ?::date then 'SCHEDULED'` +
    ` when ${alias}.end_date < ?::date then 'TERMINATED' else 'ACTIVE' end)`;
  return addCondition(where, `${derived} = ?`, today, today, status);
}
