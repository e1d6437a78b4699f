import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { SingleUseSecretEntity } from '../../core/tokens/single-use-secret.entity.js';
import { User } from '../users/user.entity.js';

/** A 6-digit e-mailed code, valid 5 minutes; only its hash is stored. Dies after 5 wrong tries. */
@Entity({ tableName: 'sign_in_code' })
@Index({ properties: ['user', 'createdAt'] })
export class SignInCode extends SingleUseSecretEntity<'failedAttempts'> {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' }) user!: Ref<User>;
  @Property({ type: 'string', length: 64 }) codeHash!: string;
  @Property({ type: 'smallint' }) failedAttempts: number = 0;
}
