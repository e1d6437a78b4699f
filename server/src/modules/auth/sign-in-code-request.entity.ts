import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A code asked for, not yet issued. requestSignInCode only writes this row, the same for every
 * address, so its answer cannot tell registered e-mails apart by its timing; the background
 * worker (issueRequestedSignInCodes) looks the user up, issues the code and queues its e-mail.
 */
@Entity({ tableName: 'sign_in_code_request' })
@Index({ properties: ['requestedAt'] })
export class RequestedSignInCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Normalised; whether it is registered is decided by the worker. */
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'datetime' })
  requestedAt!: Date;
}
