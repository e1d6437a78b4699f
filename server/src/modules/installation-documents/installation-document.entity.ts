import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Timestamped } from '../../core/db/timestamps.js';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import type { Translations } from '../../core/i18n/translations.js';
import { Document } from '../documents/document.entity.js';
import { byInstallationAccount, Installation } from '../installations/installation.entity.js';

export enum DocumentRequestStatus {
  PENDING = 'PENDING',
  UPLOADED = 'UPLOADED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(DocumentRequestStatus, { name: 'DocumentRequestStatus' });

/** Statuses in which the customer may (re)upload the requested file. */
export const UPLOADABLE_STATUSES: readonly DocumentRequestStatus[] = [DocumentRequestStatus.PENDING, DocumentRequestStatus.REJECTED];

/** A document the company asks the customer for (ID card, last bill, roof photos…). */
@ObjectType()
@Filter(byInstallationAccount)
@Entity({ tableName: 'document_request' })
export class DocumentRequest extends Timestamped {
  [OptionalProps]?: 'id' | 'description' | 'nameTranslations' | 'descriptionTranslations' | 'status' | 'rejectionReason' | 'document' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Installation, { ref: true })
  installation!: Ref<Installation>;

  /** The Spanish original; GraphQL's `name` is in the viewer's language (installation-documents.resolver.ts). */
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'json' })
  nameTranslations: Translations = {};

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'json' })
  descriptionTranslations: Translations = {};

  @Field(() => DocumentRequestStatus)
  @Enum({ items: () => DocumentRequestStatus })
  status: DocumentRequestStatus = DocumentRequestStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'Why the company rejected the last upload (REJECTED).' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  /** The latest upload. */
  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'set null' })
  document: Ref<Document> | null = null;
}

/** A document the customer must sign: download it, sign it, upload the signed copy. */
@ObjectType()
@Filter(byInstallationAccount)
@Entity({ tableName: 'signing_document' })
export class SigningDocument {
  [OptionalProps]?: 'id' | 'titleTranslations' | 'signedCopy' | 'signedAt' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Installation, { ref: true })
  installation!: Ref<Installation>;

  /** The Spanish original; GraphQL's `title` is in the viewer's language (installation-documents.resolver.ts). */
  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'json' })
  titleTranslations: Translations = {};

  /** The file to sign (category CONTRACT). */
  @ManyToOne(() => Document, { ref: true })
  document!: Ref<Document>;

  /** The customer's signed copy (category SIGNED_COPY). */
  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'set null' })
  signedCopy: Ref<Document> | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  signedAt: Date | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
