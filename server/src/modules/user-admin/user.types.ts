import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination.js';
import { User } from '../users/user.entity.js';
import type { FiscalIdKind } from '@portal/shared';
import { FiscalIdKindEnum } from '../../core/graphql/shared-enums.js';

@ObjectType({ description: 'A CUPS a scope being edited reaches, to pick a CUPS restriction from.' })
export class AvailableCups {
  @Field(() => String) cups!: string;
  @Field(() => String) address!: string;
  @Field(() => String, { description: 'Access tariff: 2.0TD, 3.0TD, 6.1TD.' }) accessTariff!: string;
  @Field(() => String) accountName!: string;
  @Field(() => String, { description: "The holder account's fiscal ID." }) fiscalId!: string;
  @Field(() => FiscalIdKindEnum) fiscalIdKind!: FiscalIdKind;
}

export const UserConnection = Connection(User);

