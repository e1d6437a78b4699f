import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AdminInstallationDetailQuery, AdminInstallationFlowsQuery } from '../../__generated__/graphql.js';
import { Badge } from '../../components/badge.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { NotFoundState } from '../../components/states.js';
import { TitledSection } from '../../components/titled-section.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { ADMIN_INSTALLATION_DETAIL, ADMIN_INSTALLATION_FLOWS, ADMIN_MOVE_INSTALLATION } from './admin-installations.documents.js';
import { useMessages } from './admin-installations.messages.js';
import { badInputOf } from './admin-upload.js';
import { DocumentsPanel } from './documents-panel.js';
import { OffersPanel } from './offers-panel.js';
import { ReasonForm, useReasonField } from './reason-form.js';
import { RoofDrawingPanel } from './roof-drawing-panel.js';
import { SolarEstimatePanel } from './solar-estimate-panel.js';
import { VisitPanel } from './visit-panel.js';
import { asyncHandler } from '../../lib/async-handler.js';

export type AdminInstallation = NonNullable<AdminInstallationDetailQuery['installation']>;
type Flow = AdminInstallationFlowsQuery['flows'][number];

export function InstallationDetail() {
  const m = useMessages();
  const { id = '' } = useParams();
  const query = useQuery(ADMIN_INSTALLATION_DETAIL, { variables: { id } });
  const flows = useQuery(ADMIN_INSTALLATION_FLOWS);
  const back = <Link to="..">{m('backToList')}</Link>;
  return (
    <QueryResult
      result={query.data && query.data.installation}
      query={query}
      pendingHeader={<PageHeader title={m('detailTitle')} />}
      empty={<NotFoundState title={m('notFoundTitle')} text={m('notFoundText')} back={back} />}
    >
      {(installation) => {
        const flow = flows.data?.flows.find((candidate) => candidate.id === installation.flowId) ?? null;
        const refetch = () => void query.refetch();
        return (
          <>
            <PageHeader
              title={m('detailHeading', { code: installation.code })}
              subtitle={`${installation.accountName} · ${installation.address}`}
              actions={back}
            />
            <div className="admin-installation">
              <ProgressSection installation={installation} flow={flow} onChanged={refetch} />
              <HistorySection installation={installation} />
              <DocumentsPanel installation={installation} onChanged={refetch} />
              <OffersPanel installation={installation} onChanged={refetch} />
              <SolarEstimatePanel installationId={installation.id} />
              <VisitPanel installation={installation} onChanged={refetch} />
              <RoofDrawingPanel drawing={installation.roofDrawing ?? null} />
            </div>
          </>
        );
      }}
    </QueryResult>
  );
}

function ProgressSection({ installation, flow, onChanged }: { installation: AdminInstallation; flow: Flow | null; onChanged: () => void }) {
  const m = useMessages();
  const { language } = useI18n();
  return (
    <TitledSection title={m('progressTitle')}>
      <p>
        {m('currentlyIn')} <strong>{installation.state.internalName}</strong> › <strong>{installation.substate.internalName}</strong>{' '}
        <span className="muted">({m('customerSees', { name: installation.progress.currentStep.name[language] })})</span>
      </p>
      {installation.failureReason ? <p className="error">{m('failureReason', { reason: installation.failureReason })}</p> : null}
      {flow ? (
        <ol className="admin-flow-timeline" aria-label={m('timelineLabel')}>
          {flow.states.map((state) => {
            const current = state.id === installation.state.id;
            return (
              <li key={state.id} data-current={current} aria-current={current ? 'step' : undefined}>
                <span className="admin-flow-state">
                  {state.internalName}
                  {state.portalVisible ? null : <span className="muted"> · {m('hidden')}</span>}
                </span>
                <ul>
                  {state.substates.map((substate) => {
                    const here = substate.id === installation.substate.id;
                    return (
                      <li key={substate.id} data-current={here} aria-current={here ? 'step' : undefined}>
                        {substate.internalName}
                        {here ? <Badge tone="ok">{m('here')}</Badge> : null}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ol>
      ) : null}
      {flow ? <MoveForm installation={installation} flow={flow} onMoved={onChanged} /> : null}
      {flow ? <FinalizeForms installation={installation} flow={flow} onMoved={onChanged} /> : null}
    </TitledSection>
  );
}

function useMove(installation: AdminInstallation, onMoved: () => void) {
  const [move, state] = useMutation(ADMIN_MOVE_INSTALLATION);
  return {
    loading: state.loading,
    run: async (substateId: string, note: string | null): Promise<unknown> => {
      try {
        await move({ variables: { id: installation.id, substateId, note } });
        onMoved();
        return null;
      } catch (error) {
        return error;
      }
    },
  };
}

/** "Mover a…": any substate of the flow, with an optional note for the history. */
function MoveForm({ installation, flow, onMoved }: { installation: AdminInstallation; flow: Flow; onMoved: () => void }) {
  const m = useMessages();
  const { t } = useI18n();
  const selectId = useId();
  const noteId = useId();
  const [substateId, setSubstateId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { loading, run } = useMove(installation, onMoved);
  return (
    <form
      className="admin-form"
      aria-label={m('moveTitle')}
      onSubmit={asyncHandler(async (event) => {
        event.preventDefault();
        setDone(null);
        if (!substateId) return setError(m('chooseSubstate'));
        const failure = await run(substateId, note.trim() || null);
        if (failure) return setError(badInputOf(failure) ? m('moveRefused') : t(errorMessageKey(failure)));
        const target = flow.states.flatMap((state) => state.substates).find((substate) => substate.id === substateId);
        setError(null);
        setNote('');
        setSubstateId('');
        setDone(m('moved', { name: target?.internalName ?? '' }));
      })}
    >
      <h3>{m('moveTitle')}</h3>
      <div className="field">
        <label htmlFor={selectId}>{m('moveTo')}</label>
        <select
          id={selectId}
          value={substateId}
          aria-invalid={error && !substateId ? true : undefined}
          onChange={(event) => setSubstateId(event.target.value)}
        >
          <option value="">{m('chooseSubstate')}</option>
          {flow.states.map((state) => (
            <optgroup key={state.id} label={state.internalName}>
              {state.substates.map((substate) => (
                <option key={substate.id} value={substate.id} disabled={substate.id === installation.substate.id}>
                  {substate.internalName}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={noteId}>{m('note')}</label>
        <textarea id={noteId} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <ErrorAlert message={error} />
      <div aria-live="polite">{done ? <p className="upload-status">{done}</p> : null}</div>
      <button type="submit" disabled={loading}>
        {m('moveButton')}
      </button>
    </form>
  );
}

/** "Marcar como finalizada" / "Marcar como fallida" (with the reason the customer reads). */
function FinalizeForms({ installation, flow, onMoved }: { installation: AdminInstallation; flow: Flow; onMoved: () => void }) {
  const m = useMessages();
  const { t } = useI18n();
  const substates = flow.states.flatMap((state) => state.substates);
  const success = substates.find((substate) => substate.action === 'FINALIZATION_SUCCESS');
  const failed = substates.find((substate) => substate.action === 'FINALIZATION_FAILED');
  const reasonField = useReasonField();
  const [error, setError] = useState<string | null>(null);
  const { loading, run } = useMove(installation, onMoved);
  if (!success && !failed) return null;
  return (
    <div className="admin-form" role="group" aria-label={m('finalizeTitle')}>
      <h3>{m('finalizeTitle')}</h3>
      {success ? (
        <div>
          <button
            type="button"
            disabled={loading || installation.substate.id === success.id}
            onClick={asyncHandler(async () => {
              const failure = await run(success.id, null);
              setError(failure ? t(errorMessageKey(failure)) : null);
            })}
          >
            {m('markSuccess')}
          </button>
        </div>
      ) : null}
      {failed ? (
        <ReasonForm
          label={m('failureReasonLabel')}
          submitLabel={m('markFailed')}
          submitClassName="danger"
          busy={loading}
          field={reasonField}
          onSubmit={async (text) => {
            const failure = await run(failed.id, text);
            if (failure) return setError(t(errorMessageKey(failure)));
            setError(null);
            reasonField.setReason('');
          }}
        />
      ) : null}
      <ErrorAlert message={error} />
    </div>
  );
}

function HistorySection({ installation }: { installation: AdminInstallation }) {
  const m = useMessages();
  const f = useFormat();
  const kinds = { CREATED: m('kindCreated'), MOVED: m('kindMoved'), RESTARTED: m('kindRestarted') } as const;
  return (
    <TitledSection title={m('historyTitle')}>
      {installation.adminHistory.length === 0 ? (
        <p className="muted">{m('historyEmpty')}</p>
      ) : (
        <DataTable caption={m('historyCaption')} hiddenCaption columns={[m('when'), m('kind'), m('from'), m('to'), m('who'), m('note')]}>
          {[...installation.adminHistory].reverse().map((event) => (
            <tr key={event.id}>
              <td>{f.dateTime(event.at)}</td>
              <td>{kinds[event.kind]}</td>
              <td>{event.fromSubstate ?? '—'}</td>
              <td>{event.toSubstate}</td>
              <td>{event.byName ? `${event.byName} (${event.byEmail ?? ''})` : m('system')}</td>
              <td className="pre-line">{event.note ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </TitledSection>
  );
}
