import { Field, InputType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';

@InputType({ description: 'An installer visit as staff schedule it.' })
export class InstallerVisitInput {
  @Field(() => DateTimeScalar) startsAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: two hours after startsAt.' })
  endsAt?: Date | null;

  @Field(() => String) installerName!: string;
  @Field(() => String) installerPhone!: string;
  @Field(() => String, { nullable: true, description: 'The installer company; default none.' }) company?: string | null;
  @Field(() => String, { nullable: true, description: "The installer's e-mail; default none." }) email?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}
