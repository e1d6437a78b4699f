import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination.js';
import { FiscalIdKind } from '../customers/customer-account.entity.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'A CUPS a scope being edited reaches, to pick a CUPS restriction from.' })
export class AvailableCups {
  @Field(() => String)
  cups!: string;

  @Field(() => String)
  address!: string;

  @Field(() => String, { description: 'Access tariff: 2.0TD, 3.0TD, 6.1TD.' })
  accessTariff!: string;

  @Field(() => String)
  accountName!: string;

  @Field(() => String, { description: "The holder account's fiscal ID." })
  fiscalId!: string;

  @Field(() => FiscalIdKind)
  fiscalIdKind!: FiscalIdKind;
}

export const UserConnection = Connection(User);
