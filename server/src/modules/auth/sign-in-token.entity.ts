import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { SingleUseSecretEntity } from '../../core/tokens/single-use-secret.entity.js';
import { User } from '../users/user.entity.js';
import { stringEnum, type EnumValue } from '../../core/string-enum.js';

export const SignInTokenPurpose = stringEnum([
  /** Passwordless entry, valid 45 minutes. */
  'MAGIC_LINK',
  /** The welcome link: enter and set a password, valid for days. */
  'SET_PASSWORD',
]);
export type SignInTokenPurpose = EnumValue<typeof SignInTokenPurpose>;

/** A link token (≥128 random bits); only its keyed hash (core/secrets tokenHash) is stored. Single use; only the newest counts. */
@Entity({ tableName: 'sign_in_token' })
@Index({ properties: ['user', 'purpose', 'createdAt'] })
export class SignInToken extends SingleUseSecretEntity {
  @Property({ type: 'string', length: 64, unique: true }) tokenHash!: string;
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' }) user!: Ref<User>;
  @Enum({ items: () => SignInTokenPurpose }) purpose!: SignInTokenPurpose;
}
