import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Filter, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Timestamped } from '../../core/db/timestamps.js';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { Document } from '../documents/document.entity.js';
import { LocalizedTextType, type LocalizedText } from '../installations/flow.entity.js';
import { Installation } from '../installations/installation.entity.js';
import { User } from '../users/user.entity.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

export const IncidentStatus = graphqlEnum('IncidentStatus', ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
export type IncidentStatus = EnumValue<typeof IncidentStatus>;

/** A kind of incident the customer picks from (seed 004: "tipos de incidencias" admins configure). */
@ObjectType()
@Entity({ tableName: 'incident_type' })
export class IncidentType {
  [OptionalProps]?: 'id' | 'active' | 'position';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => LocalizedTextType) @Property({ type: 'json' }) name!: LocalizedText;

  @Field(() => Boolean, { description: 'Offered to customers for new incidents.' })
  @Property({ type: 'boolean' }) active: boolean = true;
  @Field(() => Int, { description: 'Order in the list, from 0.' }) @Property({ type: 'integer' }) position: number = 0;
}

/** A problem a customer reports, of a type, optionally about one installation. */
@ObjectType()
@Filter(rowScopeFilter((scope) => ({ account: { $in: scope.accountIds } })))
@Entity({ tableName: 'incident' })
@Index({ properties: ['account', 'createdAt'] })
export class Incident extends Timestamped {
  [OptionalProps]?: 'id' | 'installation' | 'status' | 'attachment' | 'unreadByStaff' | 'createdAt' | 'updatedAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => CustomerAccount, { ref: true }) account!: Ref<CustomerAccount>;

  @ManyToOne(() => Installation, { ref: true, nullable: true, deleteRule: 'set null' })
  installation: Ref<Installation> | null = null;

  @ManyToOne(() => IncidentType, { ref: true }) type!: Ref<IncidentType>;
  @Field(() => String) @Property({ type: 'text' }) description!: string;
  @Field(() => IncidentStatus) @Enum({ items: () => IncidentStatus }) status: IncidentStatus = IncidentStatus.OPEN;

  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'set null' })
  attachment: Ref<Document> | null = null;

  @ManyToOne(() => User, { ref: true }) createdBy!: Ref<User>;

  @Field(() => Boolean, { description: 'Admin: a customer message (the incident, a reply, a file) staff have not opened yet.' })
  @Property({ type: 'boolean' }) unreadByStaff: boolean = false;
}

/** A message in an incident's thread: from the company's staff or from the customer. */
@ObjectType()
@Filter(rowScopeFilter((scope) => ({ incident: { account: { $in: scope.accountIds } } })))
@Entity({ tableName: 'incident_reply' })
@Index({ properties: ['incident', 'createdAt'] })
export class IncidentReply {
  [OptionalProps]?: 'id' | 'author' | 'attachments' | 'createdAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Incident, { ref: true }) incident!: Ref<Incident>;

  /** The customer's files; GraphQL reads them through the dataloader (incident.resolver.ts). */
  @OneToMany(() => IncidentReplyAttachment, (attachment) => attachment.reply)
  attachments = new Collection<IncidentReplyAttachment>(this);

  @Field(() => String) @Property({ type: 'text' }) body!: string;

  @Field(() => Boolean, { description: 'Written by the company (true) or by the customer (false).' })
  @Property({ type: 'boolean' }) fromStaff!: boolean;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' }) author: Ref<User> | null = null;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

/** A file the customer attached to their reply (a Document of the incident's account). */
@Filter(rowScopeFilter((scope) => ({ incident: { account: { $in: scope.accountIds } } })))
@Entity({ tableName: 'incident_reply_attachment' })
@Index({ properties: ['reply', 'createdAt'] })
export class IncidentReplyAttachment {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Incident, { ref: true, deleteRule: 'cascade' }) incident!: Ref<Incident>;
  @ManyToOne(() => IncidentReply, { ref: true, deleteRule: 'cascade' }) reply!: Ref<IncidentReply>;
  @ManyToOne(() => Document, { ref: true, deleteRule: 'cascade' }) document!: Ref<Document>;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
}
