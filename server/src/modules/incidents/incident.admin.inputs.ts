import { Field, ID, InputType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import { Connection } from '../../core/graphql/pagination.js';
import type { EnumValue } from '../../core/string-enum.js';
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

export const MoveDirection = graphqlEnum('IncidentTypeMoveDirection', ['UP', 'DOWN']);
export type MoveDirection = EnumValue<typeof MoveDirection>;

export const IncidentTypeRemoval = graphqlEnum('IncidentTypeRemoval', [
  /** No incident used it: the row is gone. */
  'DELETED',
  /** Incidents use it: it stays (their history names it) but is no longer offered. */
  'DEACTIVATED',
]);
export type IncidentTypeRemoval = EnumValue<typeof IncidentTypeRemoval>;

export const IncidentConnection = Connection(Incident);
