import { Property } from '@mikro-orm/core';
import { Field } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars.js';

/**
 * An amount of money in euros: a numeric(12, 2) column, in GraphQL a Decimal (an exact string,
 * never a float). One decorator so every amount has the same column and the same field type.
 */
export function EuroAmount(description: string): PropertyDecorator {
  const column = Property({ type: 'decimal', precision: 12, scale: 2 });
  const field = Field(() => DecimalScalar, { description });
  // Applied in the order of `@Field(…) @Property(…)` written on the property: the column first.
  return (target, propertyKey) => {
    column(target, propertyKey as string);
    field(target, propertyKey);
  };
}
