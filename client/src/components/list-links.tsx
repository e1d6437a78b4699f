import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

// A list keeps its filters in its query string; its row links hand that string to the detail page in
// the history state, so "back" returns to the list as the user left it (and a reload keeps it).
type ListState = { listSearch?: string } | null;

/** A list row's link to its detail page. */
export function DetailLink({ to, label, children }: { to: string; label?: string; children: ReactNode }) {
  const { search } = useLocation();
  return (
    <Link to={to} state={{ listSearch: search } satisfies ListState} aria-label={label}>
      {children}
    </Link>
  );
}

/** From a detail page back to its list (`to`), with the filters the row link carried. */
export function BackToListLink({ to, children }: { to: string; children: ReactNode }) {
  const location = useLocation();
  const search = (location.state as ListState)?.listSearch ?? '';
  return (
    <Link className="button-link secondary" to={{ pathname: to, search }}>
      {children}
    </Link>
  );
}
