import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';
import { User } from '../users/user.entity.js';
import { ImportErrorReason, ImportKind, type ImportRowError } from './import-formats.js';
import { graphqlEnum } from '../../core/graphql/graphql-enum.js';
import type { EnumValue } from '../../core/string-enum.js';

// The GraphQL enums are the parser's constants themselves (import-formats.ts), so the two can
// never disagree; the *Enum names are what the API code uses.
export const ImportKindEnum = ImportKind;
export type ImportKindEnum = ImportKind;
registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description:
    'CNMC and DATADIS: hourly curves (CSV) whose format is detected from the header (CNMC, Datadis, e-distribución or i-DE), either kind reading any of them; the kind only decides a header that fits both CNMC and Datadis, and whether a re-import clears surplus, generation and self-consumption (DATADIS) or keeps them (CNMC). OMIE: day-ahead marginal prices (marginalpdbc).',
});

export const ImportJobStatus = graphqlEnum('ImportJobStatus', [
  /** Receiving and checking the file. */
  'RUNNING',
  /** Every row imported. */
  'SUCCEEDED',
  /** Valid rows only: the valid rows imported, the rest rejected. */
  'PARTIAL',
  /** Errors found, all or nothing: nothing imported. */
  'REJECTED',
  /** The upload or the database failed (or the file is not of this kind): nothing imported. */
  'FAILED',
]);
export type ImportJobStatus = EnumValue<typeof ImportJobStatus>;

export const ImportErrorReasonEnum = ImportErrorReason;
export type ImportErrorReasonEnum = ImportErrorReason;
registerEnumType(ImportErrorReasonEnum, { name: 'ImportErrorReason' });

@ObjectType({ description: 'One rejected line (or the whole file, for header errors).' })
export class ImportRowErrorType {
  @Field(() => Int, { description: '1-based line of the file.' }) line!: number;

  @Field(() => String, { nullable: true, description: 'The column as the file names it; null for the whole line or file.' })
  column!: string | null;

  @Field(() => ImportErrorReasonEnum) reason!: ImportErrorReasonEnum;

  @Field(() => String, {
    nullable: true,
    description: 'The offending text; for DUPLICATE_ROW the line that had the same interval first.',
  })
  value!: string | null;
}

/** One file imported (or tried): by an admin, or by a customer for their own supply points. */
@ObjectType()
@Entity({ tableName: 'import_job' })
@Index({ properties: ['startedAt', 'id'] })
export class ImportJob {
  [OptionalProps]?: 'id' | 'status' | 'rowsRead' | 'rowsImported' | 'rowsRejected' | 'errorCount' | 'errors' | 'message' | 'firstStart' | 'lastStart' | 'finishedAt' | 'createdBy' | 'startedAt';

  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => ImportKindEnum) @Enum({ items: () => ImportKindEnum }) kind!: ImportKindEnum;
  @Field(() => String) @Property({ type: 'string', length: 255 }) fileName!: string;

  @Field(() => ImportJobStatus)
  @Enum({ items: () => ImportJobStatus }) status: ImportJobStatus = ImportJobStatus.RUNNING;

  @Field(() => Boolean, { description: 'Asked to import the valid rows even if others are rejected.' })
  @Property({ type: 'boolean' }) validRowsOnly!: boolean;

  @Field(() => Int, { description: 'Data lines read (header, blank lines and the OMIE closing * not counted).' })
  @Property({ type: 'integer' }) rowsRead: number = 0;
  @Field(() => Int) @Property({ type: 'integer' }) rowsImported: number = 0;
  @Field(() => Int) @Property({ type: 'integer' }) rowsRejected: number = 0;

  @Field(() => Int, { description: 'All errors found; `errors` keeps the first 1,000.' })
  @Property({ type: 'integer' }) errorCount: number = 0;
  @Field(() => [ImportRowErrorType]) @Property({ type: 'json' }) errors: ImportRowError[] = [];

  @Field(() => String, { nullable: true, description: 'Why a FAILED job failed (upload or server error code).' })
  @Property({ type: 'text', nullable: true }) message: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Start of the earliest interval imported.' })
  @Property({ type: 'datetime', nullable: true }) firstStart: Date | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Start of the latest interval imported.' })
  @Property({ type: 'datetime', nullable: true }) lastStart: Date | null = null;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' }) createdBy: Ref<User> | null = null;

  @Field(() => String, { description: 'E-mail of the person who imported it, as it was then.' })
  @Property({ type: 'string', length: 254 }) createdByEmail!: string;
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) startedAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true }) finishedAt: Date | null = null;
}
