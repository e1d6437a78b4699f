import { Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';

/**
 * The created_at / updated_at columns (both shown in GraphQL) of entities that are edited after creation.
 * Registered as an object type only so its subclasses inherit the fields; no field returns it, so the schema has no type of its name.
 */
@ObjectType()
export abstract class Timestamped {
  @Field(() => DateTimeScalar) @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Field(() => DateTimeScalar) @Property({ type: 'datetime', onUpdate: () => new Date() }) updatedAt: Date = new Date();
}
