import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: "The viewer's contact details, kept in sync with their own customer account." })
export class PersonalData {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String) address!: string;

  @Field(() => String, { description: 'Contact (and sign-in) e-mail; changed with requestEmailChange + confirmEmailChange.' })
  email!: string;
}

@InputType()
export class PersonalDataInput {
  @Field(() => String, { description: '2 to 120 characters.' }) name!: string;

  @Field(() => String, { description: 'A Spanish number (9 digits) or an international one (+ and 8 to 15 digits).' })
  phone!: string;

  @Field(() => String, { description: '5 to 200 characters.' }) address!: string;
}
