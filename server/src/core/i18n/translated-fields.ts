import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../context.js';
import { inLanguage, TranslatedText, translatedText, type Translations } from './translations.js';
import { viewerLanguage } from './viewer-language.js';

/** The entity's string properties stored with their translations beside them (`title` and `titleTranslations`). */
type TranslatedProperty<T> = {
  [K in keyof T & string]: T[K] extends string ? (`${K}Translations` extends keyof T ? K : never) : never;
}[keyof T & string];

/**
 * The GraphQL fields of an admin-written text stored as `<property>` (the Spanish original) and
 * `<property>Translations`: `<property>` in the viewer's language (the Spanish where nobody wrote a
 * translation) and `<property>Translations`, both languages as written. A resolver class of its own,
 * listed among its module's resolvers.
 */
export function translatedTextResolver<T extends object>(entity: ClassType<T>, property: TranslatedProperty<T>, what: string): ClassType {
  const textOf = (row: T) => {
    const fields = row as Record<string, unknown>;
    return { original: fields[property] as string, translations: fields[`${property}Translations`] as Translations };
  };

  // type-graphql keys an object type's fields by the resolver method's name: one name per field.
  const translationsField = `${property}Translations`;

  @Resolver(() => entity)
  class TranslatedTextResolver {
    @FieldResolver(() => String, { name: property, description: `${what}, in the viewer's language; the Spanish original where it has no translation.` })
    [property](@Root() row: T, @Ctx() { viewer }: Context): string {
      const { original, translations } = textOf(row);
      return inLanguage(original, translations, viewerLanguage(viewer));
    }

    @FieldResolver(() => TranslatedText, { name: translationsField, description: `${what} in both languages, as written.` })
    [translationsField](@Root() row: T): TranslatedText {
      const { original, translations } = textOf(row);
      return translatedText(original, translations);
    }
  }
  return TranslatedTextResolver;
}
