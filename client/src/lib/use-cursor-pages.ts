import { useCallback, useEffect, useState } from 'react';

/**
 * Previous/next over a cursor-paginated connection: the stack of `after` cursors of the pages
 * seen so far. Starts again at page 1 whenever `resetKey` (the filters) changes.
 */
export function useCursorPages(resetKey: string) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [resetKey]);
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((stack) => [...stack, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)), []);
  return { after: cursors[cursors.length - 1] ?? null, pageNumber: cursors.length, next, previous, hasPrevious: cursors.length > 1 };
}
