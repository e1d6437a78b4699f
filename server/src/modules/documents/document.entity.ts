import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { rowScopeFilter } from '../../core/permissions/row-scope.js';
import type { Translations } from '../../core/i18n/translations.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

export const DocumentCategory = graphqlEnum('DocumentCategory', [
  'CONTRACT', 'INVOICE', 'SETTLEMENT', 'OFFER', 'SIGNED_COPY', 'IDENTITY', 'OTHER',
]);
export type DocumentCategory = EnumValue<typeof DocumentCategory>;

/** A file shared with or uploaded by a customer; the bytes live in storage under `storageKey`. */
@ObjectType()
@Filter(rowScopeFilter((scope) => ({
      // CUPS-bound documents follow the CUPS restriction; account-level ones the fiscal scope.
      $or: [{ supplyPoint: { $in: scope.supplyPointIds } }, { supplyPoint: null, account: { $in: scope.accountIds } }],
    })))
@Entity({ tableName: 'document' })
export class Document {
  [OptionalProps]?: 'id' | 'createdAt' | 'account' | 'supplyPoint' | 'uploadedByCustomer' | 'titleTranslations' | 'folderTranslations';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();

  /** The Spanish original; GraphQL's `title` is in the viewer's language (document.resolver.ts). */
  @Property({ type: 'string' }) title!: string;
  @Property({ type: 'json' }) titleTranslations: Translations = {};
  @Field(() => DocumentCategory) @Enum({ items: () => DocumentCategory }) category!: DocumentCategory;

  /** The Spanish original, e.g. "Facturas" or "Client-Documents"; GraphQL's `folder` is in the viewer's language. */
  @Property({ type: 'string' }) folder!: string;
  @Property({ type: 'json' }) folderTranslations: Translations = {};
  @Index() @ManyToOne(() => CustomerAccount, { ref: true, nullable: true }) account: Ref<CustomerAccount> | null = null;
  @Index() @ManyToOne(() => SupplyPoint, { ref: true, nullable: true }) supplyPoint: Ref<SupplyPoint> | null = null;
  @Field(() => String) @Property({ type: 'string' }) fileName!: string;
  @Field(() => String) @Property({ type: 'string' }) mediaType!: string;
  @Field(() => Int) @Property({ type: 'integer' }) sizeBytes!: number;
  @Field(() => String) @Property({ type: 'string', length: 64 }) sha256!: string;
  @Property({ type: 'string' }) storageKey!: string;

  /** Uploaded by the customer (not shared by staff): counts against the account's upload quota. */
  @Property({ type: 'boolean' }) uploadedByCustomer: boolean = false;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}
