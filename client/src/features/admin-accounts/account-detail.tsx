import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ContractStatus } from '../../__generated__/graphql.js';
import { Badge, type Tone } from '../../components/badge.js';
import { DataTable } from '../../components/data-table.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState, NotFoundState } from '../../components/states.js';
import { apiProblem, errorMessageKey } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { ADMIN_ACCOUNT_DETAIL, ADMIN_ACCOUNTS_ACTIVATE } from './admin-accounts.documents.js';
import { useMessages } from './admin-accounts.messages.js';
import { ContractPricesForm } from './contract-prices-form.js';
import { asyncHandler } from '../../lib/async-handler.js';

const STATUS_TONE: Record<ContractStatus, Tone> = { DRAFT: 'warn', SCHEDULED: 'neutral', ACTIVE: 'ok', TERMINATED: 'neutral' };

type Outcome = { code: string; text: string; failed: boolean };

/** One account: its data, supply points, contracts (DRAFT ones can be activated), portal users and installations. */
export function AccountDetail() {
  const m = useMessages();
  const f = useFormat();
  const { id = '' } = useParams();
  const query = useQuery(ADMIN_ACCOUNT_DETAIL, { variables: { id } });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pricing, setPricing] = useState<string | null>(null);
  const back = <Link to="..">{m('detail.back')}</Link>;

  return (
    <QueryResult
      result={query.data?.adminCustomerAccount}
      query={query}
      pendingHeader={<PageHeader title={m('list.title')} />}
      empty={<NotFoundState title={m('detail.notFound')} text={m('detail.notFoundText')} back={back} />}
    >
      {(account) => (
        <div className="admin-accounts-detail">
          <div>
            <PageHeader title={account.name} subtitle={back} />
            <dl className="details">
              <dt>{m('detail.fiscalId')}</dt>
              <dd>{account.fiscalId ? `${account.fiscalId} (${account.fiscalIdKind})` : m('noFiscalId')}</dd>
              <dt>{m('detail.email')}</dt>
              <dd>{account.billingEmail}</dd>
              <dt>{m('detail.phone')}</dt>
              <dd>{account.phone ?? '—'}</dd>
              <dt>{m('detail.address')}</dt>
              <dd>{account.address}</dd>
              <dt>{m('detail.createdAt')}</dt>
              <dd>{f.dateTime(account.createdAt)}</dd>
            </dl>
          </div>

          <section aria-labelledby="account-contracts">
            <h2 id="account-contracts">{m('detail.contracts')}</h2>
            {outcome ? (
              <p className="admin-accounts-outcome" role={outcome.failed ? 'alert' : 'status'}>
                {outcome.text}
              </p>
            ) : null}
            {account.contracts.length === 0 ? (
              <EmptyState title={m('detail.noContracts')} />
            ) : (
              <DataTable
                caption={m('detail.contractsCaption')}
                hiddenCaption
                columns={[m('detail.code'), m('detail.cups'), m('detail.product'), m('detail.start'), m('detail.status'), m('detail.actions')]}
              >
                {account.contracts.map((contract) => (
                  <tr key={contract.id}>
                    <td>{contract.code}</td>
                    <td>{contract.supplyPoint.cups}</td>
                    <td>{contract.productName}</td>
                    <td>{f.date(contract.startDate)}</td>
                    <td>
                      <Badge tone={STATUS_TONE[contract.status]}>{m(`status.${contract.status}`)}</Badge>
                    </td>
                    <td>
                      <div className="admin-accounts-actions">
                        <button type="button" className="secondary" aria-label={m('prices.editLabel', { code: contract.code })} aria-expanded={pricing === contract.id} onClick={() => setPricing(contract.id)}>
                          {m('prices.edit')}
                        </button>
                        {contract.status === 'DRAFT' ? (
                          <ActivateButton
                            contractId={contract.id}
                            code={contract.code}
                            onDone={(result) => {
                              setOutcome(result);
                              void query.refetch();
                            }}
                          />
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
            {account.contracts
              .filter((contract) => contract.id === pricing)
              .map((contract) => (
                <ContractPricesForm
                  key={contract.id}
                  contract={contract}
                  onCancel={() => setPricing(null)}
                  onDone={(text) => {
                    setPricing(null);
                    setOutcome({ code: contract.code, failed: false, text });
                  }}
                />
              ))}
          </section>

          <section aria-labelledby="account-points">
            <h2 id="account-points">{m('detail.supplyPoints')}</h2>
            {account.supplyPoints.length === 0 ? (
              <EmptyState title={m('detail.noSupplyPoints')} />
            ) : (
              <DataTable
                caption={m('detail.supplyPointsCaption')}
                hiddenCaption
                columns={[m('detail.cups'), m('detail.address'), m('detail.tariff'), m('detail.distributor')]}
              >
                {account.supplyPoints.map((point) => (
                  <tr key={point.id}>
                    <td>{point.cups}</td>
                    <td>{point.address}</td>
                    <td>{point.accessTariff}</td>
                    <td>{point.distributor}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>

          <section aria-labelledby="account-users">
            <h2 id="account-users">{m('detail.users')}</h2>
            {account.portalUsers.length === 0 ? (
              <EmptyState title={m('detail.noUsers')} />
            ) : (
              <DataTable
                caption={m('detail.usersCaption')}
                hiddenCaption
                columns={[m('detail.userEmail'), m('detail.userName'), m('detail.userStatus')]}
              >
                {account.portalUsers.map((user) => (
                  <tr key={user.id}>
                    <td>
                      <Link to={`/admin/users?search=${encodeURIComponent(user.email)}`}>{user.email}</Link>
                    </td>
                    <td>{user.name}</td>
                    <td>{m(`userStatus.${user.status}`)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>

          <section aria-labelledby="account-installations">
            <h2 id="account-installations">{m('detail.installations')}</h2>
            {account.installations.length === 0 ? (
              <EmptyState title={m('detail.noInstallations')} />
            ) : (
              <DataTable
                caption={m('detail.installationsCaption')}
                hiddenCaption
                columns={[m('detail.code'), m('detail.installationAddress'), m('detail.createdAt')]}
              >
                {account.installations.map((installation) => (
                  <tr key={installation.id}>
                    <td>
                      <Link to={`/admin/installations/${installation.id}`}>{installation.code}</Link>
                    </td>
                    <td>{installation.address}</td>
                    <td>{f.dateTime(installation.createdAt)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </div>
      )}
    </QueryResult>
  );
}

/** The contract in the way of an activation (BAD_USER_INPUT CONTRACT_OVERLAP), or null for any other error. */
function overlapOf(error: unknown): { code: string; startDate: string; endDate: string | null; replaceable: boolean } | null {
  const problem = apiProblem(error);
  const { overlappingCode, overlappingStartDate, overlappingEndDate, replaceable } = problem.extensions;
  if (problem.reason !== 'CONTRACT_OVERLAP' || typeof overlappingCode !== 'string' || typeof overlappingStartDate !== 'string') return null;
  return { code: overlappingCode, startDate: overlappingStartDate, endDate: typeof overlappingEndDate === 'string' ? overlappingEndDate : null, replaceable: replaceable === true };
}

/** "Activar", then an inline confirmation; reports what automatic user creation did. */
function ActivateButton({ contractId, code, onDone }: { contractId: string; code: string; onDone: (outcome: Outcome) => void }) {
  const m = useMessages();
  const f = useFormat();
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [replace, setReplace] = useState(false);
  const replaceId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [activate, { loading }] = useMutation(ADMIN_ACCOUNTS_ACTIVATE);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={openerRef} type="button" className="secondary" aria-label={m('detail.activateLabel', { code })} onClick={() => setConfirming(true)}>
        {m('detail.activate')}
      </button>
    );
  }
  return (
    <div className="admin-accounts-confirm" role="group" aria-label={m('detail.activateLabel', { code })}>
      <p>{m('detail.confirmText', { code })}</p>
      <div className="admin-accounts-check">
        <input id={replaceId} type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />
        <label htmlFor={replaceId}>{m('detail.replace')}</label>
      </div>
      <div>
        <button
          ref={confirmRef}
          type="button"
          disabled={loading}
          onClick={asyncHandler(async () => {
            try {
              const { data } = await activate({ variables: { id: contractId, replaceOverlapping: replace } });
              const result = data?.activateContract;
              if (!result) throw new Error('no answer');
              onDone({ code, failed: false, text: m(`outcome.${result.outcome}`, { code, email: result.userEmail ?? '' }) });
            } catch (error) {
              const overlap = overlapOf(error);
              if (overlap) {
                const dates = overlap.endDate
                  ? m('overlap.range', { from: f.date(overlap.startDate), to: f.date(overlap.endDate) })
                  : m('overlap.from', { from: f.date(overlap.startDate) });
                onDone({ code, failed: true, text: m(overlap.replaceable ? 'outcome.overlap' : 'outcome.overlapFixed', { code, other: overlap.code, dates }) });
              } else {
                onDone({ code, failed: true, text: `${m('outcome.error', { code })} ${t(errorMessageKey(error))}` });
              }
            }
            setConfirming(false);
          })}
        >
          {loading ? m('detail.activating') : m('detail.confirm')}
        </button>
        <button type="button" className="secondary" disabled={loading} onClick={() => setConfirming(false)}>
          {m('detail.cancel')}
        </button>
      </div>
    </div>
  );
}
