/** The object of a string enum whose values are its names: `Enum.NAME === 'NAME'`. */
export type StringEnum<Name extends string> = { readonly [K in Name]: K };

/** The union of an enum object's values: declare `type X = EnumValue<typeof X>` beside `const X`. */
export type EnumValue<Enum> = Enum[keyof Enum];

/**
 * A string enum from its names, each written once (a TypeScript `enum` writes each twice,
 * `NAME = 'NAME'`). It is used as an enum is: `X.NAME` for a value, `X` for the type (with the
 * `EnumValue` declaration beside it), and type-graphql's registerEnumType and MikroORM's @Enum
 * read it as they read an enum, as an object of names to values, in the order given here (the
 * order of the GraphQL enum's values).
 */
export function stringEnum<const Name extends string>(names: readonly Name[]): StringEnum<Name> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as StringEnum<Name>;
}
