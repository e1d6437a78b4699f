import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type DragEvent, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { AdminFlowEditorQuery, AdminFlowStateFieldsFragment, AdminFlowSubstateFieldsFragment } from '../../__generated__/graphql.js';
import {
  ADMIN_FLOW_CREATE_STATE,
  ADMIN_FLOW_CREATE_SUBSTATE,
  ADMIN_FLOW_DELETE_STATE,
  ADMIN_FLOW_DELETE_SUBSTATE,
  ADMIN_FLOW_EDITOR,
  ADMIN_FLOW_MOVE_STATE,
  ADMIN_FLOW_MOVE_SUBSTATE,
  ADMIN_FLOW_UPDATE,
  ADMIN_FLOW_UPDATE_STATE,
  ADMIN_FLOW_UPDATE_SUBSTATE,
} from './admin-flows.documents.js';
import { Badge } from '../../components/badge.js';
import { ErrorAlert } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { TextField } from '../../components/text-field.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState, NotFoundState } from '../../components/states.js';
import { errorMessageKey, apiProblem } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { useMessages, type FlowMessages } from './admin-flows.messages.js';
import { emptyStep, StepDialog, stepInput, substateInput, type StepValues } from './step-dialog.js';
import { asyncHandler } from '../../lib/async-handler.js';

type FlowData = NonNullable<AdminFlowEditorQuery['flow']>;
type State = AdminFlowStateFieldsFragment;
type Substate = AdminFlowSubstateFieldsFragment;

type Dialog =
  | { kind: 'state'; state: State | null }
  | { kind: 'substate'; state: State; substate: Substate | null };

/** Where a refusal or failure is shown: next to the step it is about (or the whole list). */
type Problem = { stepId: string | null; text: string };

/** /admin/flows/:id */
export function FlowEditor() {
  const m = useMessages();
  const { id = '' } = useParams();
  const query = useQuery(ADMIN_FLOW_EDITOR, { variables: { id } });
  const back = (
    <Link to=".." relative="path">
      {m('editor.back')}
    </Link>
  );
  return (
    <QueryResult
      result={query.data?.flow}
      query={query}
      pendingHeader={<PageHeader title={m('list.title')} />}
      empty={<NotFoundState title={m('editor.notFound')} text={m('editor.notFoundText')} back={back} />}
    >
      {(flow) => <Editor flow={flow} back={back} />}
    </QueryResult>
  );
}

function valuesOf(step: State | Substate): StepValues {
  return {
    internalName: step.internalName,
    nameEs: step.portalName.es,
    nameEn: step.portalName.en,
    descriptionEs: step.portalDescription.es,
    descriptionEn: step.portalDescription.en,
    visible: step.portalVisible,
    view: 'view' in step ? step.view : 'GENERAL',
    action: 'action' in step ? (step.action ?? '') : '',
  };
}

function refusalText(m: FlowMessages, error: unknown, name: string, fallback: string): string {
  const problem = apiProblem(error);
  const n = problem.extras.installations ?? 0;
  if (problem.code === 'FLOW_STEP_IN_USE') {
    const kind = problem.extras.kind === 'state' ? 'state' : 'substate';
    return n === 1 ? m(`error.inUse.${kind}.one`) : m(`error.inUse.${kind}.many`, { n });
  }
  if (problem.code === 'FLOW_STEP_IN_HISTORY') {
    if (problem.extras.installations == null) return m('error.inHistory.other', { name });
    return n === 1 ? m('error.inHistory.one', { name }) : m('error.inHistory.many', { n, name });
  }
  if (problem.reason === 'LAST_SUBSTATE') return m('error.lastSubstate');
  return fallback;
}

function Editor({ flow, back }: { flow: FlowData; back: ReactNode }) {
  const m = useMessages();
  const { t, language } = useI18n();
  const refetch = { refetchQueries: [ADMIN_FLOW_EDITOR], awaitRefetchQueries: true };
  const [createState] = useMutation(ADMIN_FLOW_CREATE_STATE, refetch);
  const [updateState] = useMutation(ADMIN_FLOW_UPDATE_STATE);
  const [moveState] = useMutation(ADMIN_FLOW_MOVE_STATE);
  const [deleteState] = useMutation(ADMIN_FLOW_DELETE_STATE);
  const [createSubstate] = useMutation(ADMIN_FLOW_CREATE_SUBSTATE, refetch);
  const [updateSubstate] = useMutation(ADMIN_FLOW_UPDATE_SUBSTATE);
  const [moveSubstate] = useMutation(ADMIN_FLOW_MOVE_SUBSTATE);
  const [deleteSubstate] = useMutation(ADMIN_FLOW_DELETE_SUBSTATE);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [dragging, setDragging] = useState<{ id: string; stateId: string; name: string } | null>(null);
  const [dropAt, setDropAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const helpId = useId();

  // After a move the list re-renders in the new order: keep the keyboard where it was.
  useEffect(() => {
    if (!focusTarget) return;
    const target = document.getElementById(focusTarget) as HTMLButtonElement | null;
    if (target && !target.disabled) target.focus();
    else document.getElementById(focusTarget.replace(/^(up|down)/, (dir) => (dir === 'up' ? 'down' : 'up')))?.focus();
    setFocusTarget(null);
  }, [focusTarget, flow]);

  async function run(stepId: string | null, action: () => Promise<unknown>, refusalName?: string): Promise<boolean> {
    setBusy(true);
    setProblem(null);
    setNotice('');
    try {
      await action();
      return true;
    } catch (error) {
      const fallback = t(errorMessageKey(error));
      setProblem({ stepId, text: refusalName === undefined ? fallback : refusalText(m, error, refusalName, fallback) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function moveStateTo(state: State, position: number, direction: 'up' | 'down') {
    const moved = await run(state.id, () => moveState({ variables: { id: state.id, position } }));
    if (moved) {
      setNotice(m('moved', { name: state.internalName, n: position + 1 }));
      setFocusTarget(`${direction}-${state.id}`);
    }
  }

  async function moveSubstateTo(substate: Substate, stateId: string, position: number, direction?: 'up' | 'down') {
    const moved = await run(substate.id, () => moveSubstate({ variables: { id: substate.id, stateId, position } }));
    if (moved) {
      setNotice(m('moved', { name: substate.internalName, n: position + 1 }));
      if (direction) setFocusTarget(`${direction}-${substate.id}`);
    }
  }

  async function removeState(state: State) {
    if (!window.confirm(m('confirm.state', { name: state.internalName }))) return;
    if (await run(state.id, () => deleteState({ variables: { id: state.id } }), state.internalName)) {
      setNotice(m('deleted', { name: state.internalName }));
    }
  }

  async function removeSubstate(substate: Substate) {
    if (!window.confirm(m('confirm.substate', { name: substate.internalName }))) return;
    if (await run(substate.id, () => deleteSubstate({ variables: { id: substate.id } }), substate.internalName)) {
      setNotice(m('deleted', { name: substate.internalName }));
    }
  }

  // Native drag and drop of substates: onto another substate (takes its place) or onto a state's end.
  function dropOn(event: DragEvent, state: State, index: number | null) {
    event.preventDefault();
    event.stopPropagation();
    const dragged = dragging;
    setDragging(null);
    setDropAt(null);
    if (!dragged) return;
    const substate = flow.states.flatMap((s) => s.substates).find((s) => s.id === dragged.id);
    if (!substate) return;
    const same = dragged.stateId === state.id;
    const position = index ?? (same ? state.substates.length - 1 : state.substates.length);
    if (same && state.substates[position]?.id === substate.id) return;
    void moveSubstateTo(substate, state.id, position);
  }
  function allowDrop(event: DragEvent, key: string) {
    if (!dragging) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (dropAt !== key) setDropAt(key);
  }

  const problemAt = (stepId: string | null) =>
    problem && problem.stepId === stepId ? (
      <p className="field-error flow-problem" role="alert">
        {problem.text}
      </p>
    ) : null;

  async function saveDialog(current: Dialog, values: StepValues) {
    if (current.kind === 'state') {
      if (current.state) await updateState({ variables: { id: current.state.id, input: stepInput(values) } });
      else await createState({ variables: { flowId: flow.id, input: stepInput(values) } });
    } else if (current.substate) {
      await updateSubstate({ variables: { id: current.substate.id, input: substateInput(values) } });
    } else {
      await createSubstate({ variables: { stateId: current.state.id, input: substateInput(values) } });
    }
    setNotice('');
    setProblem(null);
  }

  function dialogTitle(current: Dialog): string {
    if (current.kind === 'state') return current.state ? m('form.editState', { name: current.state.internalName }) : m('form.newState');
    return current.substate
      ? m('form.editSubstate', { name: current.substate.internalName })
      : m('form.newSubstate', { name: current.state.internalName });
  }

  return (
    <>
      <PageHeader title={flow.name} subtitle={m('editor.subtitle')} actions={back} />
      <FlowSettings flow={flow} />
      <section className="flow-states" aria-labelledby="flow-states-title" aria-describedby={helpId}>
        <div className="flow-states-header">
          <h2 id="flow-states-title">{m('states.title')}</h2>
          <button type="button" onClick={() => setDialog({ kind: 'state', state: null })}>
            {m('state.add')}
          </button>
        </div>
        <p id={helpId} className="muted">
          {m('states.help')}
        </p>
        <p className="visually-hidden" role="status">
          {notice}
        </p>
        {problemAt(null)}
        {flow.states.length === 0 ? <EmptyState title={m('states.empty')} text={m('states.emptyText')} /> : null}
        <ol className="flow-state-list">
          {flow.states.map((state, stateIndex) => {
            const titleId = `state-title-${state.id}`;
            return (
              <li key={state.id} className="card flow-state">
                <div className="flow-row">
                  <div className="flow-text">
                    <h3 id={titleId}>{m('state.label', { n: stateIndex + 1, name: state.internalName })}</h3>
                    <span className="muted">{m('state.portal', { name: state.portalName[language] })}</span>
                    {!state.portalVisible ? <Badge tone="warn">{m('state.hidden')}</Badge> : null}
                  </div>
                  <StepButtons
                    kind="state"
                    id={state.id}
                    name={state.internalName}
                    first={stateIndex === 0}
                    last={stateIndex === flow.states.length - 1}
                    busy={busy}
                    onUp={() => void moveStateTo(state, stateIndex - 1, 'up')}
                    onDown={() => void moveStateTo(state, stateIndex + 1, 'down')}
                    onEdit={() => setDialog({ kind: 'state', state })}
                    onDelete={() => void removeState(state)}
                  />
                </div>
                {problemAt(state.id)}
                {state.substates.length === 0 ? (
                  <p
                    className="muted flow-drop"
                    data-drop={dropAt === `${state.id}:end` || undefined}
                    onDragOver={(event) => allowDrop(event, `${state.id}:end`)}
                    onDrop={(event) => dropOn(event, state, null)}
                  >
                    {m('state.noSubstates')}
                  </p>
                ) : (
                  <ol
                    className="flow-substates"
                    aria-label={m('state.substates', { name: state.internalName })}
                    data-drop={dropAt === `${state.id}:end` || undefined}
                    onDragOver={(event) => allowDrop(event, `${state.id}:end`)}
                    onDrop={(event) => dropOn(event, state, null)}
                  >
                    {state.substates.map((substate, index) => (
                      <SubstateRow
                        key={substate.id}
                        substate={substate}
                        first={index === 0}
                        last={index === state.substates.length - 1}
                        busy={busy}
                        dragging={dragging?.id === substate.id}
                        dropTarget={dropAt === `${state.id}:${index}`}
                        problem={problemAt(substate.id)}
                        onUp={() => void moveSubstateTo(substate, state.id, index - 1, 'up')}
                        onDown={() => void moveSubstateTo(substate, state.id, index + 1, 'down')}
                        onEdit={() => setDialog({ kind: 'substate', state, substate })}
                        onDelete={() => void removeSubstate(substate)}
                        onDragStart={(event) => {
                          event.dataTransfer.setData('text/plain', substate.id);
                          event.dataTransfer.effectAllowed = 'move';
                          setDragging({ id: substate.id, stateId: state.id, name: substate.internalName });
                        }}
                        onDragEnd={() => {
                          setDragging(null);
                          setDropAt(null);
                        }}
                        onDragOver={(event) => allowDrop(event, `${state.id}:${index}`)}
                        onDrop={(event) => dropOn(event, state, index)}
                      />
                    ))}
                  </ol>
                )}
                <button type="button" className="secondary flow-add" onClick={() => setDialog({ kind: 'substate', state, substate: null })}>
                  {m('substate.add', { name: state.internalName })}
                </button>
              </li>
            );
          })}
        </ol>
      </section>
      {dialog ? (
        <StepDialog
          key={dialog.kind === 'state' ? (dialog.state?.id ?? 'new-state') : (dialog.substate?.id ?? `new-${dialog.state.id}`)}
          title={dialogTitle(dialog)}
          kind={dialog.kind}
          initial={dialog.kind === 'state' ? (dialog.state ? valuesOf(dialog.state) : emptyStep) : dialog.substate ? valuesOf(dialog.substate) : emptyStep}
          onSave={(values) => saveDialog(dialog, values)}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}

/** A substate's row: its buttons' facts (where it stands, what they do), and what dragging it does. */
type RowProps = Omit<StepButtonsProps, 'kind' | 'id' | 'name'> & {
  substate: Substate;
  dragging: boolean;
  dropTarget: boolean;
  problem: ReactNode;
  onDragStart: (event: DragEvent) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
};

function SubstateRow({ substate, dragging, dropTarget, problem, onDragStart, onDragEnd, onDragOver, onDrop, ...buttons }: RowProps) {
  const m = useMessages();
  const { language } = useI18n();
  const name = substate.internalName;
  const count = substate.installationCount;
  return (
    <li
      className="flow-substate"
      draggable
      data-dragging={dragging || undefined}
      data-drop={dropTarget || undefined}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <div className="flow-row">
        <span className="flow-grip" aria-hidden="true">
          ⠿
        </span>
        <div className="flow-text">
          <strong>{name}</strong>
          <span className="muted">{m('state.portal', { name: substate.portalName[language] })}</span>
          <span className="flow-badges">
            <Badge>{substate.view === 'PARTICULAR' && substate.action ? m(`action.${substate.action}`) : m('substate.general')}</Badge>
            {!substate.portalVisible ? <Badge tone="warn">{m('state.hidden')}</Badge> : null}
            {count > 0 ? (
              <Badge tone="ok">{count === 1 ? m('substate.installation') : m('substate.installations', { n: count })}</Badge>
            ) : null}
          </span>
        </div>
        <StepButtons kind="substate" id={substate.id} name={name} {...buttons} />
      </div>
      {problem}
    </li>
  );
}

type StepButtonsProps = {
  kind: 'state' | 'substate';
  id: string;
  name: string;
  first: boolean;
  last: boolean;
  busy: boolean;
  onUp: () => void;
  onDown: () => void;
  onEdit: () => void;
  onDelete: () => void;
};

/**
 * A state's or a substate's buttons. Each is named for screen readers with the step it acts on; the
 * move buttons keep their ids (`up-<id>`, `down-<id>`) so that focus can follow the step it moved.
 */
function StepButtons({ kind, id, name, first, last, busy, onUp, onDown, onEdit, onDelete }: StepButtonsProps) {
  const m = useMessages();
  return (
    <div className="flow-buttons">
      <button type="button" id={`up-${id}`} className="secondary" aria-label={m(`${kind}.up`, { name })} disabled={busy || first} onClick={onUp}>
        {m('button.up')}
      </button>
      <button type="button" id={`down-${id}`} className="secondary" aria-label={m(`${kind}.down`, { name })} disabled={busy || last} onClick={onDown}>
        {m('button.down')}
      </button>
      <button type="button" className="secondary" aria-label={m(`${kind}.edit`, { name })} onClick={onEdit}>
        {m('button.edit')}
      </button>
      <button type="button" className="secondary" aria-label={m(`${kind}.delete`, { name })} disabled={busy} onClick={onDelete}>
        {m('button.delete')}
      </button>
    </div>
  );
}

const NAME_FIELDS = ['name', 'nameEn'] as const;
type NameField = (typeof NAME_FIELDS)[number];

/** The flow's name (Spanish, and English for staff who read the portal in English) and whether failed installations may restart. */
function FlowSettings({ flow }: { flow: FlowData }) {
  const m = useMessages();
  const { t } = useI18n();
  const [update] = useMutation(ADMIN_FLOW_UPDATE);
  const [names, setNames] = useState({ name: flow.nameTranslations.es, nameEn: flow.nameTranslations.en ?? '' });
  const [restartAllowed, setRestartAllowed] = useState(flow.restartAllowed);
  const [fieldError, setFieldError] = useState<{ field: NameField; message: string } | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids: Record<NameField, string> = { name: useId(), nameEn: useId() };
  const restartId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setFieldError(null);
    setGeneral(null);
    try {
      await update({ variables: { id: flow.id, input: { ...names, restartAllowed } } });
      setSaved(true);
    } catch (error) {
      const problem = apiProblem(error);
      const field = NAME_FIELDS.find((name) => problem.argument === `input.${name}`);
      if (field) {
        const reason = problem.reason === 'TAKEN' || problem.reason === 'TOO_LONG' ? problem.reason : 'REQUIRED';
        setFieldError({ field, message: m(`error.${reason}`) });
        document.getElementById(ids[field])?.focus();
      } else {
        setGeneral(t(errorMessageKey(error)));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card flow-settings" aria-labelledby="flow-settings-title">
      <h2 id="flow-settings-title">{m('settings.title')}</h2>
      <form onSubmit={asyncHandler(submit)} noValidate>
        {NAME_FIELDS.map((field) => (
          <TextField
            key={field}
            id={ids[field]}
            label={m(`settings.${field}`)}
            hint={field === 'nameEn' ? m('settings.nameEnHint') : undefined}
            maxLength={255}
            value={names[field]}
            error={fieldError?.field === field ? fieldError.message : null}
            onChange={(value) => setNames({ ...names, [field]: value })}
          />
        ))}
        <div className="flow-check">
          <input id={restartId} type="checkbox" checked={restartAllowed} onChange={(event) => setRestartAllowed(event.target.checked)} />
          <label htmlFor={restartId}>{m('settings.restart')}</label>
        </div>
        <ErrorAlert message={general} className="field-error" />
        <div className="flow-dialog-buttons">
          <button type="submit" disabled={busy}>
            {m('settings.save')}
          </button>
          <span role="status" className="muted">
            {saved ? m('settings.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
