/**
 * Lets an async function stand where React expects a void event handler. React ignores the
 * returned promise, so a rejection would go unnoticed: log it instead of losing it.
 */
export function asyncHandler<A extends unknown[]>(handler: (...args: A) => Promise<unknown>): (...args: A) => void {
  return (...args) => {
    handler(...args).catch((error: unknown) => console.error(error));
  };
}
