import type { Options } from '@mikro-orm/postgresql';
import { AppMeta } from '../core/db/app-meta.entity.js';
import { baseOrmConfig } from '../core/db/mikro-orm.config.js';
import { MODULES } from './modules.js';

/** Every entity, from the modules' descriptors: no folder scanning, so tsx, vitest and dist behave alike. */
export const ENTITIES = [AppMeta, ...MODULES.flatMap((module) => module.entities ?? [])];

/** The portal's ORM config: the ground floor's settings with every module's entities. */
export function ormConfig(clientUrl: string, options: { logSql?: boolean; replicaUrl?: string; poolMax?: number } = {}): Options {
  return baseOrmConfig(clientUrl, { ...options, entities: ENTITIES });
}
