import { placeholderList } from '@portal/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { AdminAutomaticActionsQuery, AutomaticTrigger } from '../../__generated__/graphql.js';
import { DataTable } from '../../components/data-table.js';
import { EditorButtons } from '../../components/editor-buttons.js';
import { describedByOf, ErrorAlert, FieldError } from '../../components/form-messages.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { errorMessageKey, apiProblem } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { knownReason } from './action-errors.js';
import {
  ADMIN_ACTIONS_FLOWS,
  ADMIN_AUTOMATIC_ACTIONS,
  ADMIN_CREATE_AUTOMATIC_ACTION,
  ADMIN_DELETE_AUTOMATIC_ACTION,
  ADMIN_ENABLE_AUTOMATIC_ACTION,
  ADMIN_UPDATE_AUTOMATIC_ACTION,
} from './admin-actions.documents.js';
import { useMessages } from './admin-actions.messages.js';

type Data = AdminAutomaticActionsQuery;
type Action = Data['automaticActions'][number];
const SUBSTATE_TRIGGER: AutomaticTrigger = 'INSTALLATION_ENTERED_SUBSTATE';

export function AutomaticActionsTab() {
  const m = useMessages();
  const query = useQuery(ADMIN_AUTOMATIC_ACTIONS, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Action | null>(null);
  // A new form (empty again) after each create or save.
  const [formVersion, setFormVersion] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const { t } = useI18n();
  const [setEnabled] = useMutation(ADMIN_ENABLE_AUTOMATIC_ACTION);
  const [remove] = useMutation(ADMIN_DELETE_AUTOMATIC_ACTION, { refetchQueries: [ADMIN_AUTOMATIC_ACTIONS] });

  async function toggle(action: Action, enabled: boolean) {
    setRowError(null);
    try {
      await setEnabled({ variables: { id: action.id, enabled } });
    } catch (error) {
      setRowError(t(errorMessageKey(error)));
    }
  }

  async function deleteAction(action: Action) {
    const label = { trigger: m(`trigger.${action.trigger}`), template: action.templateKey };
    if (!window.confirm(m('auto.confirmDelete', label))) return;
    setRowError(null);
    try {
      await remove({ variables: { id: action.id } });
      if (editing?.id === action.id) setEditing(null);
      setStatus(m('form.deleted'));
    } catch (error) {
      setRowError(t(errorMessageKey(error)));
    }
  }

  return (
    <QueryResult result={query.data} query={query}>
      {(data) => (
        <>
          {data.automaticActions.length === 0 ? (
            <EmptyState title={m('auto.empty')} text={m('auto.emptyText')} />
          ) : (
            <DataTable
              caption={m('auto.caption')}
              columns={[m('auto.trigger'), m('auto.substate'), m('auto.template'), m('auto.enabled'), m('auto.actions')]}
            >
              {data.automaticActions.map((action) => {
                const label = { trigger: m(`trigger.${action.trigger}`), template: action.templateKey };
                return (
                  <tr key={action.id}>
                    <th scope="row">{m(`trigger.${action.trigger}`)}</th>
                    <td>
                      {action.trigger === SUBSTATE_TRIGGER
                        ? (action.substate?.internalName ?? m('auto.anySubstate'))
                        : m('auto.notApplicable')}
                    </td>
                    <td>{action.templateKey}</td>
                    <td>
                      <input
                        type="checkbox"
                        checked={action.enabled}
                        aria-label={m('auto.enabledLabel', label)}
                        onChange={(event) => void toggle(action, event.target.checked)}
                      />
                    </td>
                    <td>
                      <div className="action-buttons">
                        <button
                          type="button"
                          className="secondary"
                          aria-label={m('auto.editLabel', label)}
                          onClick={() => {
                            setStatus(null);
                            setEditing(action);
                          }}
                        >
                          {m('auto.edit')}
                        </button>
                        <button type="button" className="secondary" aria-label={m('auto.deleteLabel', label)} onClick={() => void deleteAction(action)}>
                          {m('auto.delete')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          )}
          <ErrorAlert message={rowError} className="field-error" />
          <p className="action-status" role="status">
            {status}
          </p>
          <ActionForm
            key={`${editing?.id ?? 'new'}-${formVersion}`}
            data={data}
            editing={editing}
            onDone={(message) => {
              setEditing(null);
              setFormVersion((version) => version + 1);
              setStatus(message);
            }}
            onCancel={() => setEditing(null)}
          />
        </>
      )}
    </QueryResult>
  );
}

type Problems = Partial<Record<'substateId' | 'templateKey', string>>;

function ActionForm({
  data,
  editing,
  onDone,
  onCancel,
}: {
  data: Data;
  editing: Action | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const m = useMessages();
  const { t } = useI18n();
  const ids = { heading: useId(), trigger: useId(), substate: useId(), template: useId(), enabled: useId(), variables: useId() };
  const [trigger, setTrigger] = useState<AutomaticTrigger>(editing?.trigger ?? 'CLIENT_REGISTERED');
  const [substateId, setSubstateId] = useState(editing?.substate?.id ?? '');
  const [templateKey, setTemplateKey] = useState(editing?.templateKey ?? '');
  const [enabled, setEnabledState] = useState(editing?.enabled ?? true);
  const [problems, setProblems] = useState<Problems>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const templateRef = useRef<HTMLSelectElement>(null);
  const substateRef = useRef<HTMLSelectElement>(null);
  const flows = useQuery(ADMIN_ACTIONS_FLOWS, { skip: trigger !== SUBSTATE_TRIGGER });
  const [create] = useMutation(ADMIN_CREATE_AUTOMATIC_ACTION, { refetchQueries: [ADMIN_AUTOMATIC_ACTIONS] });
  const [update] = useMutation(ADMIN_UPDATE_AUTOMATIC_ACTION);
  const variables = data.automaticTriggers.find((info) => info.trigger === trigger)?.variables ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    if (!templateKey) {
      setProblems({ templateKey: m('error.REQUIRED') });
      templateRef.current?.focus();
      return;
    }
    setProblems({});
    setBusy(true);
    const input = { trigger, substateId: trigger === SUBSTATE_TRIGGER && substateId ? substateId : null, templateKey, enabled };
    try {
      if (editing) await update({ variables: { id: editing.id, input } });
      else await create({ variables: { input } });
      onDone(editing ? m('form.saved') : m('form.created'));
    } catch (error) {
      const problem = apiProblem(error);
      const reason = knownReason(problem.reason);
      const field = problem.argument === 'input.substateId' ? 'substateId' : problem.argument === 'input.templateKey' ? 'templateKey' : null;
      if (field && reason) {
        setProblems({ [field]: m(`error.${reason}`, { variables: placeholderList(problem.extras.variables), languages: problem.extras.languages.join(', ') }) });
        (field === 'templateKey' ? templateRef : substateRef).current?.focus();
      } else {
        setGeneral(t(errorMessageKey(error)));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="action-form" aria-labelledby={ids.heading} onSubmit={asyncHandler(submit)} noValidate>
      <h2 id={ids.heading}>{editing ? m('form.edit') : m('form.new')}</h2>
      <div className="field">
        <label htmlFor={ids.trigger}>{m('form.trigger')}</label>
        <select
          id={ids.trigger}
          value={trigger}
          aria-describedby={ids.variables}
          onChange={(event) => {
            setTrigger(event.target.value as AutomaticTrigger);
            setProblems({});
          }}
        >
          {data.automaticTriggers.map((info) => (
            <option key={info.trigger} value={info.trigger}>
              {m(`trigger.${info.trigger}`)}
            </option>
          ))}
        </select>
        <p id={ids.variables} className="field-hint">
          {m('form.variables', { variables: placeholderList(variables) })}
        </p>
      </div>
      {trigger === SUBSTATE_TRIGGER ? (
        <SelectField
          id={ids.substate}
          label={m('form.substate')}
          selectRef={substateRef}
          value={substateId}
          problem={problems.substateId}
          onChange={setSubstateId}
        >
          <option value="">{m('form.anySubstate')}</option>
          {(flows.data?.flows ?? []).flatMap((flow) =>
            flow.states.map((state) => (
              <optgroup key={state.id} label={(flows.data!.flows.length > 1 ? `${flow.name} · ` : '') + state.internalName}>
                {state.substates.map((substate) => (
                  <option key={substate.id} value={substate.id}>
                    {substate.internalName}
                  </option>
                ))}
              </optgroup>
            )),
          )}
          {editing?.substate && !flows.data ? <option value={editing.substate.id}>{editing.substate.internalName}</option> : null}
        </SelectField>
      ) : null}
      <SelectField
        id={ids.template}
        label={m('form.template')}
        selectRef={templateRef}
        value={templateKey}
        problem={problems.templateKey}
        onChange={(value) => {
          setTemplateKey(value);
          setProblems({});
        }}
      >
        <option value="">{m('form.chooseTemplate')}</option>
        {data.emailTemplates.map((template) => (
          <option key={template.key} value={template.key}>
            {template.key}
          </option>
        ))}
      </SelectField>
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabledState(event.target.checked)} />
        {m('form.enabled')}
      </label>
      <ErrorAlert message={general} className="field-error" />
      <EditorButtons
        className="action-buttons"
        editing={!!editing}
        busy={busy}
        labels={{ create: m('form.create'), save: m('form.save'), cancel: m('form.cancel') }}
        onCancel={onCancel}
      />
    </form>
  );
}

type SelectFieldProps = {
  id: string;
  label: string;
  selectRef: RefObject<HTMLSelectElement | null>;
  value: string;
  /** The field's problem, shown below it and named by the select's aria-describedby. */
  problem: string | undefined;
  onChange: (value: string) => void;
  children: ReactNode;
};

/** A labelled select of the action form, with its problem below it. */
function SelectField({ id, label, selectRef, value, problem, onChange, children }: SelectFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        ref={selectRef}
        id={id}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedByOf(id, { error: problem })}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
      <FieldError id={`${id}-error`} message={problem} />
    </div>
  );
}
