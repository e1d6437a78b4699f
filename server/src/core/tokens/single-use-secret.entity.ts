import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { SingleUseSecret } from './single-use-secret.js';

/**
 * The columns every single-use secret table maps (see single-use-secret.ts): a uuid id and its
 * lifetime. Each kind extends it with its own table, owner and hash; `Optional` names the kind's
 * further properties with defaults.
 */
export abstract class SingleUseSecretEntity<Optional extends string = never> implements SingleUseSecret {
  [OptionalProps]?: 'id' | 'usedAt' | 'supersededAt' | Optional;

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'datetime' }) createdAt!: Date;
  @Property({ type: 'datetime' }) expiresAt!: Date;
  @Property({ type: 'datetime', nullable: true }) usedAt: Date | null = null;

  /** Set when a newer secret of the same kind is issued. */
  @Property({ type: 'datetime', nullable: true }) supersededAt: Date | null = null;
}
