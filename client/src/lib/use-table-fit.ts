import { useLayoutEffect, type RefObject } from 'react';
import { fitTable } from './table-fit.js';

/**
 * Keeps a table box's layout fitted (lib/table-fit.ts): after every render (rows may have changed)
 * and whenever the box changes width. Before paint, so a wide table never flashes a scrollbar.
 */
export function useTableFit(box: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    if (box.current) fitTable(box.current);
  });
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      // Only a new width can change the fit (a taller box, e.g. once stacked, cannot).
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fitTable(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
}
