import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { hasMessage, type MessageKey } from './i18n.js';

/** The translated message for an API error: by `reason`, then `code`; network faults apart. */
export function errorMessageKey(error: unknown): MessageKey {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions ?? {};
    for (const candidate of [extensions.reason, extensions.code]) {
      const key = `error.${String(candidate)}`;
      if (hasMessage(key)) return key;
    }
    return 'error.unknown';
  }
  return 'error.network';
}

/** Extension fields some answers carry besides code/argument/reason (server/src/core/errors.ts). */
export type ApiProblemExtras = {
  /** The placeholders concerned (templates, automatic actions). */
  variables: string[];
  /** The languages concerned (automatic actions). */
  languages: string[];
  /** How many installations block the change (flows); null when the API did not count. */
  installations: number | null;
  /** Which kind of flow step is concerned ('state' or 'substate'). */
  kind?: string;
};

/** The API's first error: its code, the argument it names (`input.email`), why, its message, the typed extras and all its extensions. */
export type ApiProblem = {
  code?: string;
  argument?: string;
  reason?: string;
  message: string;
  extras: ApiProblemExtras;
  extensions: Record<string, unknown>;
};

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The field and reason of a BAD_USER_INPUT answer (server/src/core/errors.ts `invalidInput`), and the rest of the first error. */
export function apiProblem(error: unknown): ApiProblem {
  if (!CombinedGraphQLErrors.is(error)) {
    return { message: error instanceof Error ? error.message : String(error), extras: extrasOf({}), extensions: {} };
  }
  const first = error.errors[0];
  const extensions: Record<string, unknown> = first?.extensions ?? {};
  return {
    code: text(extensions.code),
    argument: text(extensions.argument),
    reason: text(extensions.reason),
    message: first?.message ?? '',
    extras: extrasOf(extensions),
    extensions,
  };
}

function extrasOf(extensions: Record<string, unknown>): ApiProblemExtras {
  return {
    variables: stringList(extensions.variables),
    languages: stringList(extensions.languages),
    installations: typeof extensions.installations === 'number' ? extensions.installations : null,
    kind: text(extensions.kind),
  };
}

/** A BAD_USER_INPUT answer that names an argument (`input.email`), or null for any other error. */
export function badUserInput(error: unknown): { argument: string; reason: string; extensions: Record<string, unknown> } | null {
  const problem = apiProblem(error);
  if (problem.code !== 'BAD_USER_INPUT' || problem.argument === undefined) return null;
  return { argument: problem.argument, reason: problem.reason ?? '', extensions: problem.extensions };
}

/** A list in an error's extensions, as strings. */
function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
