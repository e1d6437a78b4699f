import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

export const AdminAuditAction = graphqlEnum('AdminAuditAction', [
  /** The admin's session began showing the portal as the user (read-only). */
  'ACTING_STARTED',
  /** Back to the admin's own view (stopActingAs, or signing out while acting). */
  'ACTING_STOPPED',
]);
export type AdminAuditAction = EnumValue<typeof AdminAuditAction>;

/** What an admin did as or to a user that the company must be able to account for (GraphQL: AuditEntry). */
@Entity({ tableName: 'admin_audit_entry' })
@Index({ properties: ['user', 'at'] })
@Index({ properties: ['admin', 'at'] })
export class AdminAuditEntry {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => User, { ref: true }) admin!: Ref<User>;
  @ManyToOne(() => User, { ref: true }) user!: Ref<User>;
  @Enum({ items: () => AdminAuditAction }) action!: AdminAuditAction;
  @Property({ type: 'datetime' }) at!: Date;
}
