/** E-mails compare trimmed and lower-cased everywhere (users are stored that way). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Deliberately loose: one @, something on each side, a dot in the domain, no spaces. The only
// real check of an address is a message reaching it.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(email: string): boolean {
  return email.length <= 254 && EMAIL_SHAPE.test(email);
}
