import { parseCups } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors.js';
import { SupplyPoint } from './supply-point.entity.js';

/** A CUPS argument as people write it, normalised; a malformed one is a BAD_USER_INPUT naming `argument`. */
export function cupsArgument(argument: string, input: string): string {
  const parsed = parseCups(input);
  if (!parsed.ok) throw badInput(argument, parsed.message);
  return parsed.value;
}

/** The supply point with this CUPS if the viewer may see it; otherwise null, as if it did not exist. */
export function findSupplyPoint(em: EntityManager, cups: string): Promise<SupplyPoint | null> {
  return em.findOne(SupplyPoint, { cups: cupsArgument('cups', cups) });
}
