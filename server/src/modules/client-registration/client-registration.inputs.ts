import { Field, InputType } from 'type-graphql';
import type { FiscalIdKind } from '@portal/shared';
import { FiscalIdKindEnum } from '../../core/graphql/shared-enums.js';

@InputType({ description: 'Admin: a new solar client (seed 004, client registration).' })
export class RegisterSolarClientInput {
  @Field(() => String, { description: 'The holder: a person or a company.' }) name!: string;

  @Field(() => String, { description: 'Where the portal link goes; also the account\'s billing e-mail.' })
  email!: string;

  @Field(() => String, { description: 'Spanish (9 digits) or international (+ and 8–15 digits).' }) phone!: string;
  @Field(() => String, { description: 'Where the panels go; also the account\'s address.' }) address!: string;

  @Field(() => String, { nullable: true, description: 'DNI, NIE, NIF (K, L, M), CIF or passport; may be left out until it is known.' })
  fiscalId?: string | null;

  @Field(() => FiscalIdKindEnum, { nullable: true, description: 'Needed for a passport; DNI, NIE, NIF and CIF are recognised (an ES prefix is dropped).' })
  fiscalIdKind?: FiscalIdKind | null;
}
