import { Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';

/** The created_at / updated_at columns (both shown in GraphQL) of entities that are edited after creation. */
@ObjectType({ isAbstract: true })
export abstract class Timestamped {
  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
