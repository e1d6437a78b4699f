import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Badge } from '../../components/badge.js';
import { DataTable } from '../../components/data-table.js';
import { EditorButtons } from '../../components/editor-buttons.js';
import { ErrorAlert, FormStatus } from '../../components/form-messages.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { useI18n } from '../../lib/i18n.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { apiProblem } from '../../lib/errors.js';
import { IncidentTabs } from './admin-incidents-parts.js';
import {
  ADMIN_INCIDENT_TYPE_CREATE,
  ADMIN_INCIDENT_TYPE_MOVE,
  ADMIN_INCIDENT_TYPE_REMOVE,
  ADMIN_INCIDENT_TYPE_UPDATE,
  ADMIN_INCIDENT_TYPES,
} from './admin-incidents.documents.js';
import { useMessages } from './admin-incidents.messages.js';

const NAME_MAX = 80;

type EditedType = { id: string; name: { es: string; en: string }; active: boolean };

/** /admin/incidents/types: create, rename, (de)activate, reorder and remove incident types. */
export function AdminIncidentTypes() {
  const m = useMessages();
  const { language } = useI18n();
  const query = useQuery(ADMIN_INCIDENT_TYPES, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<EditedType | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const refetch = { refetchQueries: [ADMIN_INCIDENT_TYPES], awaitRefetchQueries: true };
  const [move, moving] = useMutation(ADMIN_INCIDENT_TYPE_MOVE, refetch);
  const [remove, removing] = useMutation(ADMIN_INCIDENT_TYPE_REMOVE, refetch);
  const busy = moving.loading || removing.loading;

  async function run(action: () => Promise<string | null>) {
    setNotice(null);
    setFailure(null);
    try {
      setNotice(await action());
    } catch (error) {
      setFailure(m('error.generic', { message: apiProblem(error).message }));
    }
  }

  return (
    <>
      <PageHeader title={m('title')} subtitle={m('types.subtitle')} />
      <IncidentTabs />
      <FormStatus>{notice}</FormStatus>
      <ErrorAlert message={failure} />
      <QueryResult
        result={query.data?.adminIncidentTypes}
        query={query}
        isEmpty={(types) => types.length === 0}
        empty={<EmptyState title={m('types.empty')} text={m('types.emptyText')} />}
      >
        {(types) => (
          <DataTable
            caption={m('types.caption')}
            hiddenCaption
            columns={[
              { label: m('types.order'), numeric: true },
              m('types.nameEs'),
              m('types.nameEn'),
              m('types.active'),
              { label: m('types.incidents'), numeric: true },
              m('types.actions'),
            ]}
          >
            {types.map((type, index) => {
              const name = type.name[language];
              const used = type.incidentCount > 0;
              return (
                <tr key={type.id}>
                  <td className="number">{index + 1}</td>
                  <td>{type.name.es}</td>
                  <td>{type.name.en}</td>
                  <td>{type.active ? <Badge tone="ok">{m('types.activeYes')}</Badge> : <Badge>{m('types.activeNo')}</Badge>}</td>
                  <td className="number">{type.incidentCount}</td>
                  <td>
                    <div className="admin-type-actions">
                      <button
                        type="button"
                        className="secondary"
                        aria-label={m('types.up', { name })}
                        disabled={busy || index === 0}
                        onClick={() => void run(async () => (await move({ variables: { id: type.id, direction: 'UP' } }), null))}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={m('types.down', { name })}
                        disabled={busy || index === types.length - 1}
                        onClick={() => void run(async () => (await move({ variables: { id: type.id, direction: 'DOWN' } }), null))}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={m('types.editLabel', { name })}
                        onClick={() => setEditing({ id: type.id, name: { es: type.name.es, en: type.name.en }, active: type.active })}
                      >
                        {m('types.edit')}
                      </button>
                      {used && !type.active ? null : (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={used ? m('types.deactivateLabel', { name }) : m('types.removeLabel', { name })}
                          disabled={busy}
                          onClick={() =>
                            void run(async () => {
                              if (!used && !window.confirm(m('types.confirmRemove', { name }))) return null;
                              const result = await remove({ variables: { id: type.id } });
                              if (editing?.id === type.id) setEditing(null);
                              return result.data?.removeIncidentType === 'DEACTIVATED'
                                ? m('types.deactivated', { name })
                                : m('types.deleted', { name });
                            })
                          }
                        >
                          {used ? m('types.deactivate') : m('types.remove')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </QueryResult>
      <TypeForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onDone={(message) => {
          setEditing(null);
          setFailure(null);
          setNotice(message);
        }}
        onCancel={() => setEditing(null)}
      />
    </>
  );
}

type Field = 'nameEs' | 'nameEn';

function TypeForm({ editing, onDone, onCancel }: { editing: EditedType | null; onDone: (message: string) => void; onCancel: () => void }) {
  const m = useMessages();
  const ids = { heading: useId(), nameEs: useId(), nameEn: useId(), active: useId() };
  const [nameEs, setNameEs] = useState(editing?.name.es ?? '');
  const [nameEn, setNameEn] = useState(editing?.name.en ?? '');
  const [active, setActive] = useState(editing?.active ?? true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const refetch = { refetchQueries: [ADMIN_INCIDENT_TYPES], awaitRefetchQueries: true };
  const [create, creating] = useMutation(ADMIN_INCIDENT_TYPE_CREATE, refetch);
  const [update, updating] = useMutation(ADMIN_INCIDENT_TYPE_UPDATE, refetch);
  const loading = creating.loading || updating.loading;

  function reasonText(reason: string | undefined): string {
    if (reason === 'TOO_LONG') return m('error.TOO_LONG', { max: NAME_MAX });
    if (reason === 'DUPLICATE') return m('error.DUPLICATE');
    return m('error.TOO_SHORT');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const local: Partial<Record<Field, string>> = {};
    if (!nameEs.trim()) local.nameEs = m('error.TOO_SHORT');
    else if ([...nameEs.trim()].length > NAME_MAX) local.nameEs = m('error.TOO_LONG', { max: NAME_MAX });
    if (!nameEn.trim()) local.nameEn = m('error.TOO_SHORT');
    else if ([...nameEn.trim()].length > NAME_MAX) local.nameEn = m('error.TOO_LONG', { max: NAME_MAX });
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const input = { nameEs, nameEn, active };
    try {
      if (editing) {
        await update({ variables: { id: editing.id, input } });
        onDone(m('types.saved'));
      } else {
        await create({ variables: { input } });
        onDone(m('types.created', { name: nameEs.trim() }));
        setNameEs('');
        setNameEn('');
        setActive(true);
      }
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.argument === 'input.nameEs') setErrors({ nameEs: reasonText(problem.reason) });
      else if (problem.argument === 'input.nameEn') setErrors({ nameEn: reasonText(problem.reason) });
      else setFailure(m('error.generic', { message: problem.message }));
    }
  }

  /** One of the two names: its box, described by its problem while there is one. */
  const nameField = (field: Field, value: string, setValue: (value: string) => void) => (
    <div className="field">
      <label htmlFor={ids[field]}>{m(`types.${field}`)}</label>
      <input
        id={ids[field]}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${ids[field]}-error` : undefined}
      />
      {errors[field] ? (
        <p id={`${ids[field]}-error`} className="field-error">
          {errors[field]}
        </p>
      ) : null}
    </div>
  );

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{editing ? m('types.editHeading', { name: editing.name.es }) : m('types.newHeading')}</h2>
      <form onSubmit={asyncHandler(submit)} noValidate>
        <div className="admin-type-form">
          {nameField('nameEs', nameEs, setNameEs)}
          {nameField('nameEn', nameEn, setNameEn)}
          <div className="field">
            <label htmlFor={ids.active}>
              <input id={ids.active} type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />{' '}
              {m('types.active')}
            </label>
          </div>
        </div>
        <EditorButtons
          className="admin-type-actions form-status"
          editing={!!editing}
          busy={loading}
          labels={{ create: m('types.create'), save: m('types.save'), cancel: m('types.cancel') }}
          onCancel={onCancel}
        />
        <ErrorAlert message={failure} />
      </form>
    </section>
  );
}
