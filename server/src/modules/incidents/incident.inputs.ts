import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new incident, as the customer reports it.' })
export class CreateIncidentInput {
  @Field(() => ID, { description: 'An active incident type (incidentTypes).' }) typeId!: string;
  @Field(() => String, { description: '10 to 4000 characters once trimmed.' }) description!: string;

  @Field(() => ID, { nullable: true, description: 'The installation it is about; its account gets the incident.' })
  installationId?: string | null;
}
