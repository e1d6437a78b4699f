import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

// Filters are kept in the URL (?cups=…&from=…), so a reload or a shared link shows the same view.
// An update replaces the history entry rather than piling one up per keystroke.

export type SearchParamsPatch = Record<string, string | null>;

/**
 * Sets several URL parameters in one update: separate updates in one event would each start from
 * the same URL and overwrite each other. null or '' removes a parameter.
 */
export function useUpdateSearchParams(): (patch: SearchParamsPatch) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (patch: SearchParamsPatch) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(patch)) {
            if (value === null || value === '') next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}

/** One filter kept in the URL: its value and a setter. */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [params] = useSearchParams();
  const update = useUpdateSearchParams();
  const set = useCallback((value: string | null) => update({ [name]: value }), [name, update]);
  return [params.get(name), set];
}
