import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination.js';
import { Incident, IncidentStatus } from './incident.entity.js';

@InputType({ description: 'Admin inbox filter; every field is optional (absent: any).' })
export class AdminIncidentFilter {
  @Field(() => IncidentStatus, { nullable: true }) status?: IncidentStatus | null;
  @Field(() => ID, { nullable: true, description: 'An incident type (adminIncidentTypes).' }) typeId?: string | null;
}

@InputType({ description: 'An incident type as the admin edits it.' })
export class IncidentTypeInput {
  @Field(() => String, { description: 'Spanish name, 1 to 80 characters once trimmed; unique (any case).' })
  nameEs!: string;

  @Field(() => String, { description: 'English name, 1 to 80 characters once trimmed.' }) nameEn!: string;

  @Field(() => Boolean, { description: 'Offered to customers for new incidents.', defaultValue: true })
  active: boolean = true;
}

export enum MoveDirection { UP = 'UP', DOWN = 'DOWN' }
registerEnumType(MoveDirection, { name: 'IncidentTypeMoveDirection' });

export enum IncidentTypeRemoval {
  /** No incident used it: the row is gone. */
  DELETED = 'DELETED',
  /** Incidents use it: it stays (their history names it) but is no longer offered. */
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(IncidentTypeRemoval, { name: 'IncidentTypeRemoval' });

export const IncidentConnection = Connection(Incident);
