/**
 * The `|name|` placeholders of e-mail templates: the server fills them when it sends, the
 * admin editor lists them as the text is typed, so both read them with this one pattern.
 */

// No spaces inside, so prose like "a | b" is never taken for a placeholder.
const PLACEHOLDER = /\|([A-Za-z_][A-Za-z0-9_]*)\|/g;

/** Placeholders as a person reads them in a message: placeholderList(['a', 'b']) === '|a|, |b|'. */
export function placeholderList(names: readonly string[]): string {
  return names.map(placeholderText).join(', ');
}

/** How a placeholder is written in a template: placeholderText('client_name') === '|client_name|'. */
export function placeholderText(name: string): string {
  return `|${name}|`;
}

/** The distinct placeholder names in `text`, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[1]!))];
}

/**
 * Replaces each `|name|` that `values` has; any other placeholder (e.g. a typo in a stored
 * template) stays visible. One pass, so a value containing `|x|` is never expanded itself.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}
