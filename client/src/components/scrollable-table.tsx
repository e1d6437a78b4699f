import type { ReactNode } from 'react';

/**
 * A table wider than a phone scrolls inside its box; the box takes keyboard focus so it can be
 * scrolled without a mouse, and is a named region so the focus stop says what it is.
 */
export function ScrollableTable({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-wrap ${className}` : 'table-wrap'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
