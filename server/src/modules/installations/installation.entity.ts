import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Filter, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Timestamped } from '../../core/db/timestamps.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { User } from '../users/user.entity.js';
import { Flow, FlowSubstate } from './flow.entity.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

/**
 * The row scope of every row that belongs to one installation (its transitions, documents, offers,
 * visits, roof drawing): a customer sees it when the installation's account is in their scope.
 */
export const byInstallationAccount = rowScopeFilter((scope) => ({ installation: { account: { $in: scope.accountIds } } }));

/** A solar installation (seed 004's "oportunidad") of a customer account, moving through a flow. */
@ObjectType()
@Filter(rowScopeFilter((scope) => ({ account: { $in: scope.accountIds } })))
@Entity({ tableName: 'installation' })
export class Installation extends Timestamped {
  [OptionalProps]?: 'id' | 'failureReason' | 'transitions' | 'createdAt' | 'updatedAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  @Field(() => String, { description: 'Reference shown to the customer, e.g. FV-2026-0001.' })
  @Property({ type: 'string', length: 40, unique: true }) code!: string;
  @Index() @ManyToOne(() => CustomerAccount, { ref: true }) account!: Ref<CustomerAccount>;
  @ManyToOne(() => Flow, { ref: true }) flow!: Ref<Flow>;
  @Index() @ManyToOne(() => FlowSubstate, { ref: true }) substate!: Ref<FlowSubstate>;
  @Field(() => String, { description: 'Where the panels go.' }) @Property({ type: 'string' }) address!: string;

  @Field(() => String, { nullable: true, description: 'Why the installation could not be completed (failed finalization).' })
  @Property({ type: 'text', nullable: true }) failureReason: string | null = null;

  /** Its moves; GraphQL reads them through the dataloader (installation.resolver.ts). */
  @OneToMany(() => InstallationTransition, (transition) => transition.installation)
  transitions = new Collection<InstallationTransition>(this);
}

export const TransitionKind = graphqlEnum('TransitionKind', ['CREATED', 'MOVED', 'RESTARTED']);
export type TransitionKind = EnumValue<typeof TransitionKind>;

/** One move of an installation between substates: the history both sides read. */
@Filter(byInstallationAccount)
@Entity({ tableName: 'installation_transition' })
@Index({ properties: ['installation', 'at'] })
export class InstallationTransition {
  [OptionalProps]?: 'id' | 'fromSubstate' | 'byUser' | 'note';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Installation, { ref: true }) installation!: Ref<Installation>;

  @ManyToOne(() => FlowSubstate, { ref: true, nullable: true, deleteRule: 'set null' })
  fromSubstate: Ref<FlowSubstate> | null = null;

  @ManyToOne(() => FlowSubstate, { ref: true }) toSubstate!: Ref<FlowSubstate>;
  @Enum({ items: () => TransitionKind }) kind!: TransitionKind;
  @Property({ type: 'datetime' }) at!: Date;

  /** Null for the system (automatic actions, imports). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' }) byUser: Ref<User> | null = null;
  @Property({ type: 'text', nullable: true }) note: string | null = null;
}
