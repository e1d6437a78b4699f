import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { FlowSubstate } from '../installations/flow.entity.js';
import { AutomaticTrigger } from '../notifications/index.js';

/**
 * "When `trigger` happens, e-mail template `templateKey` to the customer" (seed 004, "acciones
 * automáticas"). Installation triggers may be narrowed to entering one substate.
 */
@ObjectType()
@Entity({ tableName: 'automatic_action' })
@Index({ properties: ['trigger'] })
export class AutomaticAction {
  [OptionalProps]?: 'id' | 'enabled' | 'substate' | 'createdAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => AutomaticTrigger) @Enum({ items: () => AutomaticTrigger }) trigger!: AutomaticTrigger;

  /** Only for INSTALLATION_ENTERED_SUBSTATE: entering this substate; null there means any. */
  // By name: installations imports automatic-actions (it raises triggers), not the reverse.
  @ManyToOne('FlowSubstate', { ref: true, nullable: true, deleteRule: 'cascade' })
  substate: Ref<FlowSubstate> | null = null;

  @Field(() => String) @Property({ type: 'string', length: 64 }) templateKey!: string;
  @Field(() => Boolean) @Property({ type: 'boolean' }) enabled: boolean = true;
  @Field(() => Date) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}
