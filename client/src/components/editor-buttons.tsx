/** A create-or-edit form's buttons: submit ("Crear" or "Guardar" while editing), and "Cancelar" while editing. */
export function EditorButtons({
  className,
  editing,
  busy,
  labels,
  onCancel,
}: {
  className: string;
  editing: boolean;
  busy: boolean;
  labels: { create: string; save: string; cancel: string };
  onCancel: () => void;
}) {
  return (
    <div className={className}>
      <button type="submit" disabled={busy}>
        {editing ? labels.save : labels.create}
      </button>
      {editing ? (
        <button type="button" className="secondary" onClick={onCancel}>
          {labels.cancel}
        </button>
      ) : null}
    </div>
  );
}
