import type { ReactNode } from 'react';

/** A list's filters, as a named search landmark so screen-reader users can jump to them. */
export function FilterBar({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `filters ${className}` : 'filters'} role="search" aria-label={label}>
      {children}
    </div>
  );
}
