// Password length limits, shared so the SPA's "as you type" rules match the server's.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Characters as a person counts them (code points), not UTF-16 units: 5 emoji are 5. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** The "not your e-mail" rule: the password, ignoring case and surrounding spaces, is not the address. */
export function isSameAsEmail(password: string, email: string): boolean {
  return password.trim().toLowerCase() === email.trim().toLowerCase();
}
