import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/graphql/pagination.js';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { Installation } from '../installations/installation.entity.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

export const CustomerActionKind = graphqlEnum('CustomerActionKind', [
  'DOCUMENT_UPLOADED', 'OFFER_ACCEPTED', 'SIGNED_COPY_UPLOADED', 'ROOF_DRAWN', 'VISIT_VIEWED', 'RESTARTED',
]);
export type CustomerActionKind = EnumValue<typeof CustomerActionKind>;

export const AdminInstallationSort = graphqlEnum('AdminInstallationSort', [
  /** Most recently changed first (the installation row). */
  'RECENTLY_CHANGED',
  /** What has waited for staff longest first; installations with nothing waiting last. */
  'WAITING_LONGEST',
  /** The latest customer action first; installations whose customer has done nothing last. */
  'LATEST_CUSTOMER_ACTION',
]);
export type AdminInstallationSort = EnumValue<typeof AdminInstallationSort>;

@ObjectType({ description: 'Something the customer did on an installation.' })
export class CustomerAction {
  @Field(() => CustomerActionKind) kind!: CustomerActionKind;
  @Field(() => DateTimeScalar) at!: Date;
}

@ObjectType({ description: 'Admin: what the customer did last and what now waits for staff.' })
export class InstallationActivity {
  @Field(() => CustomerAction, { nullable: true, description: 'Null when the customer has done nothing yet.' })
  lastCustomerAction!: CustomerAction | null;

  @Field(() => Int, { description: 'Uploaded documents waiting for a review (accept or reject).' })
  documentsToReview!: number;

  @Field(() => Int, { description: 'Accepted offers while the installation is still in the offer step.' })
  acceptedOffers!: number;

  @Field(() => Int, { description: 'Signed copies uploaded while the installation is still in the signing step.' })
  signedCopies!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Since when the oldest of those waits; null when nothing waits.' })
  waitingSince!: Date | null;
}

@InputType({ description: 'Admin installation list filter; every field is optional (absent: any).' })
export class AdminInstallationFilter {
  @Field(() => ID, { nullable: true, description: 'Installations in any substate of this state (flows).' })
  stateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Installations in this substate.' }) substateId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the installation code or of the account name (any case).' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only installations where something waits for staff (see InstallationActivity).' })
  needsAttention?: boolean | null;
}

export const InstallationConnection = Connection(Installation);
