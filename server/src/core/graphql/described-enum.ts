import { registerEnumType } from 'type-graphql';
import { stringEnum, type StringEnum } from '../string-enum.js';

/**
 * A GraphQL string enum in which every value has a description: the names are the keys of
 * `values`, each written once beside what it means, and the enum is registered here. Returns
 * the enum object (see stringEnum); declare `type X = EnumValue<typeof X>` beside it.
 */
export function describedEnum<const Name extends string>(name: string, description: string, values: Record<Name, string>): StringEnum<Name> {
  const enumObject = stringEnum(Object.keys(values) as Name[]);
  const descriptions = Object.entries<string>(values).map(([value, text]) => [value, { description: text }]);
  const valuesConfig = Object.fromEntries(descriptions) as Record<Name, { description: string }>;
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}
