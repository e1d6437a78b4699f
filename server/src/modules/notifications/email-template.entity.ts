import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Language } from '@portal/shared';
import { LanguageEnum } from '../../core/graphql/shared-enums.js';

/** Subject and body with `|variable|` placeholders, one row per template and language. */
@Entity({ tableName: 'email_template' })
@Unique({ properties: ['key', 'language'] })
export class EmailTemplate {
  [OptionalProps]?: 'id' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 64 }) key!: string;
  @Enum({ items: () => LanguageEnum }) language!: Language;
  @Property({ type: 'string' }) subject!: string;
  @Property({ type: 'text' }) body!: string;
  @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}
