import { apiProblem as firstProblem } from '../../lib/errors.js';

/** The API's first error: its code, the input field it names (e.g. `input.portalName.es`), why, and counts. */
export function apiProblem(error: unknown): { code?: string; argument?: string; reason?: string; installations?: number | null; kind?: string } {
  const { code, argument, reason, extensions } = firstProblem(error);
  return {
    code,
    argument,
    reason,
    installations: typeof extensions.installations === 'number' ? extensions.installations : null,
    kind: typeof extensions.kind === 'string' ? extensions.kind : undefined,
  };
}
