import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Facts about the database itself, e.g. that the demo data has been seeded. */
@Entity({ tableName: 'app_meta' })
export class AppMeta {
  @PrimaryKey({ type: 'string' }) key!: string;
  @Property({ type: 'json' }) value!: unknown;
  @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}
