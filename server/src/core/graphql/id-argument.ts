import { badInput } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs (in any letter case). */
export function isId(value: string): boolean {
  return UUID.test(value);
}

/** Ids are UUIDs; anything else is bad input rather than a database error. */
export function idArgument(argument: string, value: string): string {
  if (!isId(value)) throw badInput(argument, 'is not an id of this API');
  return value.toLowerCase();
}
