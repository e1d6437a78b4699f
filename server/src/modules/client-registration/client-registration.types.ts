import { Field, ID, ObjectType } from 'type-graphql';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { Installation } from '../installations/installation.entity.js';

@ObjectType({ description: 'Admin: what registering a solar client created.' })
export class SolarClientRegistration {
  @Field(() => CustomerAccount) account!: CustomerAccount;
  @Field(() => Installation, { description: "In the default flow's first substate." }) installation!: Installation;
  @Field(() => ID, { description: 'The portal user of the e-mail (new or existing).' }) userId!: string;
  @Field(() => String) userEmail!: string;

  @Field(() => Boolean, { description: 'False when the e-mail already had a user, whose scope now includes the account.' })
  userCreated!: boolean;
}
