export type ParseFailureReason = 'EMPTY' | 'FORMAT' | 'LENGTH' | 'CHECK_CHARACTER';

export type ParseFailure = { ok: false; reason: ParseFailureReason; message: string };

/** `message` is a specific English sentence for logs and APIs; UIs show PARSE_FAILURE_MESSAGES instead. */
export type ParseResult<K extends string> = { ok: true; value: string; kind: K } | ParseFailure;

export const PARSE_FAILURE_MESSAGES: Record<'es' | 'en', Record<ParseFailureReason, string>> = {
  es: {
    EMPTY: 'Introduce un valor.',
    FORMAT: 'El formato no es válido.',
    LENGTH: 'El número de caracteres no es correcto.',
    CHECK_CHARACTER: 'El carácter de control no es correcto; revisa que esté bien escrito.',
  },
  en: {
    EMPTY: 'Please enter a value.',
    FORMAT: 'The format is not valid.',
    LENGTH: 'The number of characters is not right.',
    CHECK_CHARACTER: 'The check character is not right; please check it for typos.',
  },
};

export function parseFailure(reason: ParseFailureReason, message: string): ParseFailure {
  return { ok: false, reason, message };
}
