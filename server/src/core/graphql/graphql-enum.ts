import { registerEnumType } from 'type-graphql';
import { stringEnum, type StringEnum } from '../string-enum.js';

// GraphQL string enums built and registered in one call. Each returns the enum object (see
// stringEnum); declare `type X = EnumValue<typeof X>` beside it.

/** A GraphQL enum from its names, registered as `name`. */
export function graphqlEnum<const Name extends string>(name: string, names: readonly Name[], description?: string): StringEnum<Name> {
  const enumObject = stringEnum(names);
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

/**
 * A GraphQL enum in which every value has a description: the names are the keys of `values`,
 * each written once beside what it means.
 */
export function describedEnum<const Name extends string>(name: string, description: string, values: Record<Name, string>): StringEnum<Name> {
  const enumObject = stringEnum(Object.keys(values) as Name[]);
  const descriptions = Object.entries<string>(values).map(([value, text]) => [value, { description: text }]);
  const valuesConfig = Object.fromEntries(descriptions) as Record<Name, { description: string }>;
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}
