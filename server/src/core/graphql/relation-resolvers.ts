import type { Collection, Ref } from '@mikro-orm/postgresql';
import { FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { loadMany, loadOne } from './relations.js';

/** The entity's properties whose values are of type `V` (a `Ref<…>` or a `Collection<…>`). */
type PropertyOf<T, V> = { [K in keyof T & string]: T[K] extends V ? K : never }[keyof T & string];

// These relations are not @Fields of the entity: their values are references, loaded on demand.
// One resolver class per field, listed among its module's resolvers; type-graphql keys an object
// type's fields by the resolver method's name, hence the computed names.

/** `entity.<property>` (a to-one `Ref`) as a field of type `target`, loaded through the dataloader. */
export function referenceResolver<T extends object>(
  entity: ClassType<T>,
  property: PropertyOf<T, Ref<object>>,
  target: () => ClassType,
  description?: string,
): ClassType {
  @Resolver(() => entity)
  class ReferenceResolver {
    @FieldResolver(target, { name: property, description })
    [property](@Root() row: T): Promise<object> {
      return loadOne(row[property] as Ref<object>);
    }
  }
  return ReferenceResolver;
}

/** `entity.<property>` (a one-to-many `Collection`) as a list of `target`, loaded through the dataloader. */
export function collectionResolver<T extends object>(entity: ClassType<T>, property: PropertyOf<T, Collection<object>>, target: () => ClassType): ClassType {
  @Resolver(() => entity)
  class CollectionResolver {
    @FieldResolver(() => [target()], { name: property })
    [property](@Root() row: T): Promise<object[]> {
      return loadMany(row[property] as Collection<object>);
    }
  }
  return CollectionResolver;
}
