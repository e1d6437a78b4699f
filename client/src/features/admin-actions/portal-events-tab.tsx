import { placeholderList } from '@portal/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import type { AdminPortalEventActionsQuery } from '../../__generated__/graphql.js';
import { QueryResult } from '../../components/query-result.js';
import { TableHead } from '../../components/table-head.js';
import { errorMessageKey, apiProblem } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { knownReason } from './action-errors.js';
import { ADMIN_PORTAL_EVENT_ACTIONS, ADMIN_UPDATE_PORTAL_EVENT_ACTION } from './admin-actions.documents.js';
import { useMessages } from './admin-actions.messages.js';
import { ScrollableTable } from '../../components/scrollable-table.js';

type Data = AdminPortalEventActionsQuery;
type EventAction = Data['portalEventActions'][number];

export function PortalEventsTab() {
  const m = useMessages();
  const query = useQuery(ADMIN_PORTAL_EVENT_ACTIONS, { fetchPolicy: 'cache-and-network' });
  return (
    <QueryResult result={query.data} query={query}>
      {(data) => (
        <ScrollableTable>
          <table className="portal-actions">
            <caption>{m('portal.caption')}</caption>
            <TableHead columns={[m('portal.event'), m('portal.template'), m('portal.enabled'), m('portal.save')]} />
            <tbody>
              {data.portalEventActions.map((action) => (
                <EventRow key={action.event} action={action} templates={data.emailTemplates.map((template) => template.key)} />
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
    </QueryResult>
  );
}

function EventRow({ action, templates }: { action: EventAction; templates: string[] }) {
  const m = useMessages();
  const { t } = useI18n();
  const ids = { template: useId(), hint: useId(), error: useId() };
  const [templateKey, setTemplateKey] = useState(action.templateKey ?? '');
  const [enabled, setEnabled] = useState(action.enabled);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const [update] = useMutation(ADMIN_UPDATE_PORTAL_EVENT_ACTION);
  // Keyed by the API's enum PortalEvent: a new event fails the typecheck until it has a label.
  const name = m(`event.${action.event}`);

  async function save() {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      await update({ variables: { event: action.event, templateKey: templateKey || null, enabled } });
      setStatus(m('portal.saved'));
    } catch (caught) {
      const problem = apiProblem(caught);
      const reason = knownReason(problem.reason);
      setError(
        problem.argument === 'templateKey' && reason
          ? m(`error.${reason}`, { variables: placeholderList(problem.extras.variables), languages: problem.extras.languages.join(', ') })
          : t(errorMessageKey(caught)),
      );
      selectRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  const describedBy = [action.requiredVariables.length > 0 ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;

  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <select
          ref={selectRef}
          id={ids.template}
          value={templateKey}
          aria-label={m('portal.templateLabel', { event: name })}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setTemplateKey(event.target.value);
            setError(null);
            setStatus(null);
          }}
        >
          <option value="">{m('portal.none')}</option>
          {templates.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
        {action.requiredVariables.length > 0 ? (
          <p id={ids.hint} className="field-hint">
            {m('portal.required', { variables: placeholderList(action.requiredVariables) })}
          </p>
        ) : null}
        {error ? (
          <p id={ids.error} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
      <td>
        <input
          type="checkbox"
          checked={enabled}
          aria-label={m('portal.enabledLabel', { event: name })}
          onChange={(event) => {
            setEnabled(event.target.checked);
            setStatus(null);
          }}
        />
      </td>
      <td>
        <button type="button" disabled={busy} aria-label={m('portal.saveLabel', { event: name })} onClick={() => void save()}>
          {m('portal.save')}
        </button>
        <span className="action-status" role="status">
          {status}
        </span>
      </td>
    </tr>
  );
}
