/**
 * The one rule for the characters a text field may not hold, wherever the text comes from
 * (GraphQL arguments, staff upload form fields, imported files):
 *
 * - control characters: C0 except tab, LF and CR, and DEL — none belongs in text a person types,
 *   and PostgreSQL refuses NUL in text;
 * - a UTF-16 surrogate without its other half — no character, and PostgreSQL's UTF-8 cannot
 *   store it.
 *
 * File names are stricter (receive-upload.ts strips INVISIBLE_IN_FILE_NAMES, which adds C1
 * controls, bidi and zero-width characters): they are shown and offered back in downloads.
 */
const CONTROL = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f';
const CONTROL_CHARACTER = new RegExp(`[${CONTROL}]`);
const CONTROL_CHARACTERS = new RegExp(`[${CONTROL}]`, 'g');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text field may not hold `value` (see above), or null when it may. */
export function forbiddenCharacterReason(value: string): string | null {
  if (CONTROL_CHARACTER.test(value)) return 'contains a control character';
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired UTF-16 surrogate';
  return null;
}

/** `value` with its control characters written as `\uXXXX`, to show it (e.g. in an import error). */
export function escapeControls(value: string): string {
  return value.replace(CONTROL_CHARACTERS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Never kept in a file name: C0/C1 controls, bidi overrides/isolates (name spoofing), zero-width and BOM characters. */
export const INVISIBLE_IN_FILE_NAMES = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
