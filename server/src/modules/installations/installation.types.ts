import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { LocalizedTextType, PortalAction, PortalView, type FlowState, type FlowSubstate } from './flow.entity.js';
import { TransitionKind } from './installation.entity.js';
import type { StepStatus } from './installation-progress.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

const STEP_STATUSES: Record<StepStatus, StepStatus> = { DONE: 'DONE', CURRENT: 'CURRENT', UPCOMING: 'UPCOMING' };
registerEnumType(STEP_STATUSES, { name: 'StepStatus' });

/** A state as the customer sees it: portal texts only, never the internal name. */
@ObjectType()
export class PortalState {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedTextType) name!: LocalizedTextType;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;

  static of(state: FlowState): PortalState {
    return { id: state.id, name: state.portalName, description: state.portalDescription };
  }
}

/** A substate as the customer sees it, with where the installation stands against it. */
@ObjectType()
export class PortalStep {
  @Field(() => ID) id!: string;
  @Field(() => ID) stateId!: string;
  @Field(() => LocalizedTextType) name!: LocalizedTextType;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;
  @Field(() => PortalView) view!: PortalView;
  @Field(() => PortalAction, { nullable: true }) action!: PortalAction | null;
  @Field(() => STEP_STATUSES) status!: StepStatus;

  static of(substate: FlowSubstate, status: StepStatus): PortalStep {
    return {
      id: substate.id,
      stateId: substate.state.id,
      name: substate.portalName,
      description: substate.portalDescription,
      view: substate.view,
      action: substate.action,
      status,
    };
  }
}

export const InstallationStanding = graphqlEnum('InstallationStanding', [
  /** The current step is an action screen waiting for the customer. */
  'CUSTOMER_TURN',
  /** The company is working on it: nothing for the customer to do. */
  'IN_PROGRESS',
  'COMPLETED', 'FAILED',
]);
export type InstallationStanding = EnumValue<typeof InstallationStanding>;

/** A finished installation (either ending) asks nothing of the customer, though its screen is an action view. */
export function standingOf(substate: FlowSubstate): InstallationStanding {
  if (substate.action === PortalAction.FINALIZATION_SUCCESS) return InstallationStanding.COMPLETED;
  if (substate.action === PortalAction.FINALIZATION_FAILED) return InstallationStanding.FAILED;
  return substate.view === PortalView.PARTICULAR ? InstallationStanding.CUSTOMER_TURN : InstallationStanding.IN_PROGRESS;
}

@ObjectType({ description: 'Previous (from the history), current and next portal-visible state, and the steps of the flow.' })
export class InstallationProgress {
  /** Whose progress it is: `previousState` reads its history only when asked for. */
  installation!: { id: string; flowId: string; substateId: string };

  @Field(() => PortalState) currentState!: PortalState;
  @Field(() => PortalState, { nullable: true }) nextState!: PortalState | null;

  @Field(() => PortalStep, { description: 'The substate the installation is in; its view and action decide the screen.' })
  currentStep!: PortalStep;

  @Field(() => [PortalStep], { description: 'Portal-visible substates in order, DONE / CURRENT / UPCOMING.' })
  steps!: PortalStep[];

  @Field(() => InstallationStanding, { description: 'Whether the customer has something to do, or it is finished (completed or failed).' })
  standing!: InstallationStanding;
}

@ObjectType({ description: 'One move of the installation, as the customer may see it.' })
export class InstallationEvent {
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => TransitionKind) kind!: TransitionKind;

  @Field(() => LocalizedTextType, { nullable: true, description: 'Null when the previous substate is not shown in the portal.' })
  from!: LocalizedTextType | null;

  @Field(() => LocalizedTextType) to!: LocalizedTextType;
  @Field(() => String, { nullable: true, description: 'Who moved it; null for the system.' }) by!: string | null;
}
