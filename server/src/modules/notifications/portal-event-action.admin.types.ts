import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PortalEvent } from './portal-event.js';

registerEnumType(PortalEvent, { name: 'PortalEvent', description: 'An event the customer portal raises, which an admin may point at an e-mail template.' });

@ObjectType({ description: 'Admin: what the portal does when a customer-portal event happens (tab "Portal de cliente").' })
export class PortalEventActionView {
  @Field(() => PortalEvent) event!: PortalEvent;

  @Field(() => String, { nullable: true, description: 'The template it sends; null: nothing configured.' })
  templateKey!: string | null;

  @Field(() => Boolean) enabled!: boolean;
  @Field(() => [String], { description: 'The |variables| the event gives its template.' }) variables!: string[];

  @Field(() => [String], { description: 'Variables its template must contain (LOGIN_CODE: client_code_verification).' })
  requiredVariables!: string[];
}
