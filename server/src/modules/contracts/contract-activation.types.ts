import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ContractActivationOutcome } from './contract.service.js';
import { Contract } from './contract.entity.js';

registerEnumType(ContractActivationOutcome, {
  name: 'ContractActivationOutcome',
  description: "What activating a contract did about the account's portal user.",
});

@ObjectType({ description: 'Admin: the activated contract and what automatic user creation did.' })
export class ContractActivationResult {
  @Field(() => Contract) contract!: Contract;
  @Field(() => ContractActivationOutcome) outcome!: ContractActivationOutcome;

  @Field(() => ID, { nullable: true, description: 'The user created, extended or already covering the account.' })
  userId!: string | null;

  @Field(() => String, { nullable: true }) userEmail!: string | null;
}
