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

/** The API's first error: its code, the argument it names (`input.email`), why, its message and all its extensions. */
export type ApiProblem = { code?: string; argument?: string; reason?: string; message: string; extensions: Record<string, unknown> };

/** The field and reason of a BAD_USER_INPUT answer (server/src/core/errors.ts `invalidInput`), and the rest of the first error. */
export function apiProblem(error: unknown): ApiProblem {
  if (!CombinedGraphQLErrors.is(error)) return { message: error instanceof Error ? error.message : String(error), extensions: {} };
  const first = error.errors[0];
  const extensions: Record<string, unknown> = first?.extensions ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { code: text(extensions.code), argument: text(extensions.argument), reason: text(extensions.reason), message: first?.message ?? '', extensions };
}

/** A BAD_USER_INPUT answer that names an argument (`input.email`), or null for any other error. */
export function badUserInput(error: unknown): { argument: string; reason: string; extensions: Record<string, unknown> } | null {
  const problem = apiProblem(error);
  if (problem.code !== 'BAD_USER_INPUT' || problem.argument === undefined) return null;
  return { argument: problem.argument, reason: problem.reason ?? '', extensions: problem.extensions };
}

/** A list in an error's extensions (e.g. the placeholders concerned), as strings. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
