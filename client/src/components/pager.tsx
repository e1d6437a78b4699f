/** Previous / next buttons for a cursor-paginated list (state: lib/use-cursor-pages.ts). */
export function Pager({
  label,
  status,
  previousLabel,
  nextLabel,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  label: string;
  status: string;
  previousLabel: string;
  nextLabel: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="secondary" disabled={!hasPrevious} onClick={onPrevious}>
        {previousLabel}
      </button>
      <span aria-live="polite">{status}</span>
      <button type="button" className="secondary" disabled={!hasNext} onClick={onNext}>
        {nextLabel}
      </button>
    </nav>
  );
}
