import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** What the address asked for: a 6-digit code, or a link that signs in (magic link). */
export type SignInRequestKind = 'code' | 'link';

/**
 * A code or link asked for, not yet issued. requestSignInCode only writes this row, the same for every
 * address, so its answer cannot tell registered e-mails apart by its timing; the background
 * worker (issueRequestedSignInCodes) looks the user up, issues the code and queues its e-mail.
 */
@Entity({ tableName: 'sign_in_code_request' })
@Index({ properties: ['requestedAt'] })
export class RequestedSignInCode {
  [OptionalProps]?: 'kind' | 'linkBase';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  /** Normalised; whether it is registered is decided by the worker. */
  @Property({ type: 'string', length: 254 }) email!: string;
  @Property({ type: 'datetime' }) requestedAt!: Date;
  @Property({ type: 'string', length: 8 }) kind: SignInRequestKind = 'code';

  /** A link's portal address (the public URL the request came through); null for a code. */
  @Property({ type: 'string', length: 2048, nullable: true }) linkBase: string | null = null;
}
