import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars.js';
import type { Translations } from '../../core/i18n/translations.js';
import { Document } from '../documents/document.entity.js';
import { byInstallationAccount, Installation } from '../installations/installation.entity.js';
import { User } from '../users/user.entity.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';
import { EuroAmount } from '../../core/db/euro-amount.js';

export const OfferStatus = graphqlEnum('OfferStatus', ['SHARED', 'ACCEPTED', 'WITHDRAWN']);
export type OfferStatus = EnumValue<typeof OfferStatus>;

/**
 * An offer shared with the customer for an installation. At most one per installation is
 * ACCEPTED: the partial unique index `offer_one_accepted` guarantees it in the database.
 */
@ObjectType()
@Filter(byInstallationAccount)
@Entity({ tableName: 'offer' })
@Index({ properties: ['installation', 'sharedAt'] })
export class Offer {
  [OptionalProps]?: 'id' | 'titleTranslations' | 'status' | 'acceptedAt' | 'acceptedBy' | 'document';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Installation, { ref: true }) installation!: Ref<Installation>;

  /** The Spanish original; GraphQL's `title` is in the viewer's language (installation-offers.resolver.ts). */
  @Property({ type: 'string' }) title!: string;
  @Property({ type: 'json' }) titleTranslations: Translations = {};

  @EuroAmount('Euros, taxes included.') amount!: string;

  @Field(() => DecimalScalar, { description: 'Peak power in kWp.' })
  @Property({ type: 'decimal', precision: 8, scale: 2 }) peakPowerKwp!: string;
  @Field(() => Int) @Property({ type: 'integer' }) panelCount!: number;

  /** The offer PDF (a Document of category OFFER). */
  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'set null' })
  document: Ref<Document> | null = null;

  @Field(() => OfferStatus) @Enum({ items: () => OfferStatus }) status: OfferStatus = OfferStatus.SHARED;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) sharedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true }) acceptedAt: Date | null = null;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' }) acceptedBy: Ref<User> | null = null;
}

/** A scheduled visit of an installer (technical visit, installation day). */
@ObjectType()
@Filter(byInstallationAccount)
@Entity({ tableName: 'installer_visit' })
@Index({ properties: ['installation', 'startsAt'] })
export class InstallerVisit {
  [OptionalProps]?: 'id' | 'notes' | 'viewedAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne(() => Installation, { ref: true }) installation!: Ref<Installation>;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) startsAt!: Date;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) endsAt!: Date;
  @Field(() => String) @Property({ type: 'string' }) installerName!: string;
  @Field(() => String) @Property({ type: 'string' }) company!: string;
  @Field(() => String) @Property({ type: 'string', length: 40 }) phone!: string;
  @Field(() => String) @Property({ type: 'string' }) email!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) notes: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the customer first opened the visit screen.' })
  @Property({ type: 'datetime', nullable: true }) viewedAt: Date | null = null;
}
