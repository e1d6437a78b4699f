import { useRef, type ReactNode } from 'react';
import { useTableFit } from '../lib/use-table-fit.js';

/**
 * The box of every table: its rows stay on one line, wrap, or stack into cards, whichever fits
 * first (lib/table-fit.ts), so no column is ever cut off. With a label the box is also a named,
 * focusable region, so a keyboard can reach it.
 */
export function ScrollableTable({ label, className, children }: { label?: string; className?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useTableFit(box);
  const classes = className ? `table-wrap ${className}` : 'table-wrap';
  return label === undefined ? (
    <div ref={box} className={classes}>
      {children}
    </div>
  ) : (
    <div ref={box} className={classes} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
