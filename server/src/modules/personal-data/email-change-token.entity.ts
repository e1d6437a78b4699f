import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { SingleUseSecretEntity } from '../../core/tokens/single-use-secret.entity.js';
import { User } from '../users/user.entity.js';

/**
 * A pending change of a user's contact e-mail: the link sent to the NEW address carries a
 * random token (core/secrets randomToken); only its keyed hash (core/secrets tokenHash) is stored. Single use, expires,
 * and only the newest request of a user counts.
 */
@Entity({ tableName: 'email_change_token' })
export class EmailChangeToken extends SingleUseSecretEntity {
  @Property({ type: 'string', length: 64, unique: true }) tokenHash!: string;
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true }) user!: Ref<User>;

  /** Normalised (trimmed, lower-cased). */
  @Property({ type: 'string', length: 254 }) newEmail!: string;
}
