import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Filter, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Timestamped } from '../../core/db/timestamps.js';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import type { Translations } from '../../core/i18n/translations.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';
import { Document } from '../documents/document.entity.js';
import { byInstallationAccount, Installation } from '../installations/installation.entity.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

export const DocumentRequestStatus = graphqlEnum('DocumentRequestStatus', ['PENDING', 'UPLOADED', 'ACCEPTED', 'REJECTED']);
export type DocumentRequestStatus = EnumValue<typeof DocumentRequestStatus>;

/** The most files a request may take (the database checks it too). */
export const MAX_FILES_LIMIT = 10;

/** A document the company asks the customer for (ID card, last bill, roof photos…). */
@ObjectType()
@Filter(byInstallationAccount)
@Entity({ tableName: 'document_request' })
export class DocumentRequest extends Timestamped {
  [OptionalProps]?: 'id' | 'description' | 'nameTranslations' | 'descriptionTranslations' | 'status' | 'rejectionReason' | 'minFiles' | 'maxFiles' | 'files' | 'createdAt' | 'updatedAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Installation, { ref: true }) installation!: Ref<Installation>;

  /** The Spanish original; GraphQL's `name` is in the viewer's language (installation-documents.resolver.ts). */
  @Property({ type: 'string' }) name!: string;
  @Property({ type: 'json' }) nameTranslations: Translations = {};
  @Property({ type: 'text' }) description: string = '';
  @Property({ type: 'json' }) descriptionTranslations: Translations = {};

  @Field(() => Int, { description: 'The fewest files the customer uploads before staff review it (1 unless staff ask for more).' })
  @Property({ type: 'integer' }) minFiles: number = 1;

  @Field(() => Int, { description: 'The most files the request takes (1 unless staff allow more).' })
  @Property({ type: 'integer' }) maxFiles: number = 1;

  @Field(() => DocumentRequestStatus, {
    description: 'PENDING until minFiles are uploaded, then UPLOADED (waiting for staff); ACCEPTED locks every file; REJECTED asks for changes.',
  })
  @Enum({ items: () => DocumentRequestStatus }) status: DocumentRequestStatus = DocumentRequestStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'Why the company rejected the last upload (REJECTED).' })
  @Property({ type: 'text', nullable: true }) rejectionReason: string | null = null;

  /** The customer's files; GraphQL reads them through the dataloader (installation-documents.resolver.ts). */
  @OneToMany(() => DocumentRequestFile, (file) => file.request)
  files = new Collection<DocumentRequestFile>(this);
}

export const DocumentFileStatus = graphqlEnum('DocumentFileStatus', ['UPLOADED', 'ACCEPTED', 'REJECTED']);
export type DocumentFileStatus = EnumValue<typeof DocumentFileStatus>;

/** One file uploaded for a request: replaceable or removable by the customer until it is ACCEPTED. */
@ObjectType()
@Filter(rowScopeFilter((scope) => ({ request: { installation: { account: { $in: scope.accountIds } } } })))
@Entity({ tableName: 'document_request_file' })
export class DocumentRequestFile extends Timestamped {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  @Index()
  @ManyToOne(() => DocumentRequest, { ref: true, fieldName: 'document_request_id', deleteRule: 'cascade' })
  request!: Ref<DocumentRequest>;

  @ManyToOne(() => Document, { ref: true, unique: true, deleteRule: 'cascade' }) document!: Ref<Document>;

  @Field(() => DocumentFileStatus, { description: "UPLOADED (waiting for staff), ACCEPTED (locked) or REJECTED (with the request's reason)." })
  @Enum({ items: () => DocumentFileStatus }) status: DocumentFileStatus = DocumentFileStatus.UPLOADED;
}

/** A document the customer must sign: download it, sign it, upload the signed copy. */
@ObjectType()
@Filter(byInstallationAccount)
@Entity({ tableName: 'signing_document' })
export class SigningDocument {
  [OptionalProps]?: 'id' | 'titleTranslations' | 'signedCopy' | 'signedAt' | 'createdAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Index() @ManyToOne(() => Installation, { ref: true }) installation!: Ref<Installation>;

  /** The Spanish original; GraphQL's `title` is in the viewer's language (installation-documents.resolver.ts). */
  @Property({ type: 'string' }) title!: string;
  @Property({ type: 'json' }) titleTranslations: Translations = {};

  /** The file to sign (category CONTRACT). */
  @ManyToOne(() => Document, { ref: true }) document!: Ref<Document>;

  /** The customer's signed copy (category SIGNED_COPY). */
  @ManyToOne(() => Document, { ref: true, nullable: true, deleteRule: 'set null' })
  signedCopy: Ref<Document> | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true }) signedAt: Date | null = null;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}
