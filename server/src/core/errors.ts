/**
 * What a service refuses, in its own terms and without GraphQL: a code the API passes on as
 * `extensions.code`, an English message for API users, and the details a client needs (the
 * argument at fault, why, a retry delay…). REST routes read them directly.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  /**
   * The one mapping to the API: graphql-js copies a thrown error's `extensions` onto the
   * GraphQLError it wraps it in, so every execution path (Apollo, graphql() in tests) answers
   * the code and details without a service importing GraphQL.
   */
  get extensions(): Record<string, unknown> {
    return { code: this.code, ...this.details };
  }
}

/** Codes of the core; modules add their own (auth/auth-errors.ts). The client translates codes. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
} as const;

/** An id that names nothing the viewer may see (out of scope looks like absent). */
export class NotFoundError extends DomainError {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(ErrorCode.NOT_FOUND, message, { argument });
  }
}

/**
 * Input a person can type that is wrong: names the argument (or input field, `input.body`),
 * `reason` a code the SPA translates (TOO_SHORT…), `message` the English sentence for API users.
 */
export class InvalidInputError extends DomainError {
  constructor(
    readonly argument: string,
    readonly reason: string,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(ErrorCode.BAD_USER_INPUT, `Invalid ${argument}: ${message}`, { argument, reason, ...details });
  }
}

/** Allowed to see, not to do: `reason` says why (ACTING_READ_ONLY). */
export class ForbiddenError extends DomainError {
  constructor(reason: string, message: string) {
    super(ErrorCode.FORBIDDEN, message, { reason });
  }
}

/** An id that names nothing the viewer may see (admin operations on users, contracts). */
export function notFound(argument: string, message: string): NotFoundError {
  return new NotFoundError(argument, message);
}

/** Input a person can type that is wrong: names the argument and says why. */
export function badInput(argument: string, reason: string): InvalidInputError {
  return new InvalidInputError(argument, reason, reason);
}

/**
 * Like badInput, with `reason` a code the SPA translates (TOO_SHORT, SELF_INTERSECTING…) and
 * `message` the English sentence for API users.
 */
export function invalidInput(argument: string, reason: string, message: string): InvalidInputError {
  return new InvalidInputError(argument, reason, message);
}
