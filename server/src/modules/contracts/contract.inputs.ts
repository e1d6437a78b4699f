import { Field, InputType } from 'type-graphql';
import { ContractStatus } from './contract.entity.js';

@InputType()
export class ContractFilter {
  @Field(() => String, { nullable: true, description: 'Only contracts of this CUPS.' }) cups?: string | null;
  @Field(() => ContractStatus, { nullable: true }) status?: ContractStatus | null;
}
