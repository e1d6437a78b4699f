import { placeholdersIn } from '@portal/shared';

/** The e-mail templates the server itself sends, and the |variables| each one is given. */
export const TEMPLATE_VARIABLES = {
  welcome: ['client_name', 'portal_link', 'link_valid_days'],
  'magic-link': ['client_name', 'portal_link'],
  'login-code': ['client_name', 'client_code_verification', 'code_valid_minutes'],
  'client-registered': ['client_name', 'portal_link'],
  'email-change': ['client_name', 'confirm_link'],
} as const satisfies Record<string, readonly string[]>;

export type TemplateKey = keyof typeof TEMPLATE_VARIABLES;

export function isTemplateKey(key: string): key is TemplateKey {
  return Object.hasOwn(TEMPLATE_VARIABLES, key);
}

/**
 * Variables whose values let someone in (sign-in links and codes, the e-mail change link): a
 * message rendered with any of them is redacted once delivered, whatever its template.
 */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set(['portal_link', 'client_code_verification', 'confirm_link']);

/** Placeholders in `text` that template `key` is never given: what an admin editor must reject. */
export function unknownPlaceholders(key: TemplateKey, text: string): string[] {
  const known: readonly string[] = TEMPLATE_VARIABLES[key];
  return placeholdersIn(text).filter((name) => !known.includes(name));
}

/** Catalogue variables the caller did not supply: a programming error, so the caller throws. */
export function missingVariables(key: string, variables: Readonly<Record<string, string>>): string[] {
  const required: readonly string[] = isTemplateKey(key) ? TEMPLATE_VARIABLES[key] : [];
  return required.filter((name) => typeof variables[name] !== 'string');
}
