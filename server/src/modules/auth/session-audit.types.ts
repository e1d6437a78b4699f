import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination.js';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { AdminAuditAction } from './admin-audit.entity.js';

// What the admin's user screen shows of a user's sessions and of the audit of acting as them.
@ObjectType({ description: 'A signed-in browser of a user that has not ended (not signed out, revoked or expired).' })
export class UserSession {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar, { description: 'When the user signed in.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, { description: 'Last request, to the minute.' }) lastSeenAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it ends unless used again (idle timeout or maximum age).' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => Boolean, { description: 'The session this request came with.' }) current!: boolean;

  @Field(() => String, { nullable: true, description: 'An admin session showing the portal as this customer (their e-mail).' })
  actingAsEmail!: string | null;
}

@ObjectType({ description: 'Who an audit entry is about.' })
export class AuditPerson {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
}

@ObjectType({ description: 'One audited admin action on a user.' })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => AdminAuditAction) action!: AdminAuditAction;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => AuditPerson, { description: 'The admin who did it.' }) admin!: AuditPerson;
  @Field(() => AuditPerson, { description: 'The user it was done as or to.' }) user!: AuditPerson;
}

export const AuditEntryConnection = Connection(AuditEntry);
