import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { PortalAction, PortalView } from '../../__generated__/graphql.js';
import { ErrorAlert, describedByOf } from '../../components/form-messages.js';
import { errorMessageKey, apiProblem } from '../../lib/errors.js';
import { useI18n } from '../../lib/i18n.js';
import { asyncHandler } from '../../lib/async-handler.js';
import { useMessages, type FlowMessages } from './admin-flows.messages.js';

export const PORTAL_ACTIONS: PortalAction[] = [
  'DOCUMENTS',
  'DRAWING',
  'INSTALLER_VISIT',
  'OFFER',
  'CONTRACT_SIGNING',
  'FINALIZATION_SUCCESS',
  'FINALIZATION_FAILED',
];

/** What the form edits; a state uses only the first five. */
export type StepValues = {
  internalName: string;
  nameEs: string;
  nameEn: string;
  descriptionEs: string;
  descriptionEn: string;
  visible: boolean;
  view: PortalView;
  action: PortalAction | '';
};

type Field = 'internalName' | 'nameEs' | 'nameEn' | 'descriptionEs' | 'descriptionEn' | 'view' | 'action';
type Problems = Partial<Record<Field, string>>;

const FIELD_OF: Record<string, Field> = {
  'input.internalName': 'internalName',
  'input.portalName.es': 'nameEs',
  'input.portalName.en': 'nameEn',
  'input.portalDescription.es': 'descriptionEs',
  'input.portalDescription.en': 'descriptionEn',
  'input.view': 'view',
  'input.action': 'action',
};

export const emptyStep: StepValues = {
  internalName: '',
  nameEs: '',
  nameEn: '',
  descriptionEs: '',
  descriptionEn: '',
  visible: true,
  view: 'GENERAL',
  action: '',
};

/** The step's input for the API (LocalizedTextInput pairs). */
export function stepInput(values: StepValues) {
  return {
    internalName: values.internalName,
    portalName: { es: values.nameEs, en: values.nameEn },
    portalDescription: { es: values.descriptionEs, en: values.descriptionEn },
    portalVisible: values.visible,
  };
}

export function substateInput(values: StepValues) {
  return { ...stepInput(values), view: values.view, action: values.view === 'PARTICULAR' && values.action ? values.action : null };
}

function problemText(m: FlowMessages, field: Field, reason: string | undefined): string {
  if (field === 'action' && reason === 'REQUIRED') return m('error.actionRequired');
  if (reason === 'NOT_ALLOWED_FOR_GENERAL' || reason === 'TOO_LONG' || reason === 'REQUIRED') return m(`error.${reason}`);
  return m('error.REQUIRED');
}

type Props = {
  title: string;
  kind: 'state' | 'substate';
  initial: StepValues;
  /** Saves; throws the API's error, which the form shows at the field it names. */
  onSave: (values: StepValues) => Promise<void>;
  onClose: () => void;
};

/**
 * A modal form for a state or a substate. Keeps what the admin typed on an error and puts the
 * server's BAD_USER_INPUT message next to the field it names.
 */
export function StepDialog({ title, kind, initial, onSave, onClose }: Props) {
  const m = useMessages();
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<StepValues>(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = useId();
  const idOf = (field: Field | 'visible') => `${base}-${field}`;
  const titleId = `${base}-title`;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function set<K extends keyof StepValues>(key: K, value: StepValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setGeneral(null);
    try {
      await onSave(values);
      setBusy(false);
      onClose();
    } catch (error) {
      setBusy(false);
      const problem = apiProblem(error);
      const field = problem.argument ? FIELD_OF[problem.argument] : undefined;
      if (field) {
        setProblems({ [field]: problemText(m, field, problem.reason) });
        document.getElementById(idOf(field))?.focus();
      } else {
        setProblems({});
        setGeneral(t(errorMessageKey(error)));
      }
    }
  }

  const describedBy = (field: Field, hint?: boolean) => describedByOf(idOf(field), { hint, error: problems[field] });
  const fieldError = (field: Field): ReactNode =>
    problems[field] ? (
      <p id={`${idOf(field)}-error`} className="field-error">
        {problems[field]}
      </p>
    ) : null;
  const textField = (field: Field, label: string, value: string, onChange: (v: string) => void, options: { hint?: string; multiline?: boolean } = {}) => {
    const common = {
      id: idOf(field),
      value,
      'aria-invalid': problems[field] ? true : undefined,
      'aria-describedby': describedBy(field, Boolean(options.hint)),
    } as const;
    return (
      <div className="field">
        <label htmlFor={idOf(field)}>{label}</label>
        {options.multiline ? (
          <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
        )}
        {options.hint ? (
          <span id={`${idOf(field)}-hint`} className="muted">
            {options.hint}
          </span>
        ) : null}
        {fieldError(field)}
      </div>
    );
  };

  return (
    <dialog
      ref={dialog}
      className="flow-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={asyncHandler(submit)} noValidate>
        <h2 id={titleId}>{title}</h2>
        <ErrorAlert message={general} className="field-error" />
        {textField('internalName', m('form.internalName'), values.internalName, (v) => set('internalName', v), { hint: m('form.internalNameHint') })}
        <div className="flow-dialog-pair">
          {textField('nameEs', m('form.portalNameEs'), values.nameEs, (v) => set('nameEs', v))}
          {textField('nameEn', m('form.portalNameEn'), values.nameEn, (v) => set('nameEn', v), { hint: m('form.portalNameEnHint') })}
        </div>
        <div className="flow-dialog-pair">
          {textField('descriptionEs', m('form.descriptionEs'), values.descriptionEs, (v) => set('descriptionEs', v), { multiline: true })}
          {textField('descriptionEn', m('form.descriptionEn'), values.descriptionEn, (v) => set('descriptionEn', v), { multiline: true })}
        </div>
        <div className="flow-check">
          <input id={idOf('visible')} type="checkbox" checked={values.visible} onChange={(event) => set('visible', event.target.checked)} />
          <label htmlFor={idOf('visible')}>{m('form.visible')}</label>
        </div>
        {kind === 'substate' ? (
          <div className="flow-dialog-pair">
            <div className="field">
              <label htmlFor={idOf('view')}>{m('form.view')}</label>
              <select
                id={idOf('view')}
                value={values.view}
                aria-invalid={problems.view ? true : undefined}
                aria-describedby={describedBy('view')}
                onChange={(event) => {
                  const view = event.target.value as PortalView;
                  setValues((current) => ({ ...current, view, action: view === 'GENERAL' ? '' : current.action }));
                }}
              >
                <option value="GENERAL">{m('view.GENERAL')}</option>
                <option value="PARTICULAR">{m('view.PARTICULAR')}</option>
              </select>
              {fieldError('view')}
            </div>
            <div className="field">
              <label htmlFor={idOf('action')}>{m('form.action')}</label>
              <select
                id={idOf('action')}
                value={values.action}
                disabled={values.view === 'GENERAL'}
                aria-invalid={problems.action ? true : undefined}
                aria-describedby={describedBy('action')}
                onChange={(event) => set('action', event.target.value as PortalAction | '')}
              >
                <option value="">{m('form.noAction')}</option>
                {PORTAL_ACTIONS.map((action) => (
                  <option key={action} value={action}>
                    {m(`action.${action}`)}
                  </option>
                ))}
              </select>
              {fieldError('action')}
            </div>
          </div>
        ) : null}
        <div className="flow-dialog-buttons">
          <button type="submit" disabled={busy}>
            {busy ? m('form.saving') : m('form.save')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {m('form.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
