import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Translations } from '../../core/i18n/translations.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

/** A text the customer reads, in both portal languages. */
export type LocalizedText = { es: string; en: string };

@ObjectType('LocalizedText', { description: 'A text shown to customers, in Spanish and English.' })
export class LocalizedTextType {
  @Field(() => String) es!: string;
  @Field(() => String) en!: string;
}

/** What the portal shows while an installation is in a substate (seed 004: "vista"). */
export const PortalView = graphqlEnum('PortalView', [
  /** Nothing for the customer to do: past and upcoming steps. */
  'GENERAL',
  /** One action screen (see PortalAction). */
  'PARTICULAR',
]);
export type PortalView = EnumValue<typeof PortalView>;

export const PortalAction = graphqlEnum('PortalAction', [
  'DOCUMENTS', 'OFFER', 'CONTRACT_SIGNING', 'INSTALLER_VISIT', 'FINALIZATION_SUCCESS', 'FINALIZATION_FAILED', 'DRAWING',
]);
export type PortalAction = EnumValue<typeof PortalAction>;

/** A configurable installation process: ordered states, each with ordered substates. */
@ObjectType()
@Entity({ tableName: 'flow' })
export class Flow {
  [OptionalProps]?: 'id' | 'nameTranslations' | 'restartAllowed' | 'createdAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  /** The Spanish original, unique; GraphQL's `name` is in the viewer's language (flow.resolver.ts). */
  @Property({ type: 'string', unique: true }) name!: string;
  @Property({ type: 'json' }) nameTranslations: Translations = {};

  @Field(() => Boolean, { description: 'A failed installation may be restarted by the customer (back to the first substate).' })
  @Property({ type: 'boolean' }) restartAllowed: boolean = false;

  @OneToMany(() => FlowState, (state) => state.flow, { orderBy: { position: 'asc' } })
  states = new Collection<FlowState>(this);

  @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

/** Fields a state and a substate share: internal name for staff, portal texts for customers. */
// An object type so type-graphql gives its fields to both subclasses; never emitted by itself.
@ObjectType()
abstract class FlowStep {
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  @Field(() => Int, { description: 'Order inside its parent, from 0.' })
  @Property({ type: 'integer' }) position!: number;

  @Field(() => String, { description: 'The name staff use; never shown to customers.' })
  @Property({ type: 'string' }) internalName!: string;
  @Field(() => LocalizedTextType) @Property({ type: 'json' }) portalName!: LocalizedText;
  @Field(() => LocalizedTextType) @Property({ type: 'json' }) portalDescription!: LocalizedText;

  @Field(() => Boolean, { description: 'Shown in the customer portal; hidden steps are skipped there.' })
  @Property({ type: 'boolean' }) portalVisible: boolean = true;
}

@ObjectType()
@Entity({ tableName: 'flow_state' })
@Index({ properties: ['flow', 'position'] })
export class FlowState extends FlowStep {
  [OptionalProps]?: 'id' | 'portalVisible';

  @ManyToOne(() => Flow, { ref: true }) flow!: Ref<Flow>;

  @OneToMany(() => FlowSubstate, (substate) => substate.state, { orderBy: { position: 'asc' } })
  substates = new Collection<FlowSubstate>(this);
}

@ObjectType()
@Entity({ tableName: 'flow_substate' })
@Index({ properties: ['state', 'position'] })
export class FlowSubstate extends FlowStep {
  [OptionalProps]?: 'id' | 'portalVisible' | 'action';

  @ManyToOne(() => FlowState, { ref: true }) state!: Ref<FlowState>;
  @Field(() => PortalView) @Enum({ items: () => PortalView }) view!: PortalView;

  @Field(() => PortalAction, { nullable: true, description: 'The customer action of a PARTICULAR view; null for GENERAL.' })
  @Enum({ items: () => PortalAction, nullable: true }) action: PortalAction | null = null;
}
