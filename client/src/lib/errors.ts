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
