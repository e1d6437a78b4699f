import type { Language } from '@portal/shared';
import { Field, ObjectType } from 'type-graphql';

/**
 * Translations of an admin-written Spanish original, by language, stored as jsonb `{ "en": "…" }`
 * beside the original's column. A missing language reads the original.
 */
export type Translations = Partial<Record<Exclude<Language, 'es'>, string>>;

/** `original` in `language`, or the original where nobody wrote that translation. */
export function inLanguage(original: string, translations: Translations | null | undefined, language: Language): string {
  // Originals are written in Spanish, the portal's default language.
  if (language === 'es') return original;
  return translations?.[language] || original;
}

/** Trimmed `en` as stored translations: blank means none. */
export function translationsOf(en: string | null | undefined): Translations {
  const text = (en ?? '').trim();
  return text ? { en: text } : {};
}

@ObjectType('TranslatedText', { description: 'An admin-written text: the Spanish original and its English (null when none; English readers then get the Spanish).' })
export class TranslatedText {
  @Field(() => String) es!: string;
  @Field(() => String, { nullable: true }) en!: string | null;
}

export function translatedText(original: string, translations: Translations | null | undefined): TranslatedText {
  return { es: original, en: translations?.en || null };
}

/** The text in every language, as an e-mail variable the recipient's language picks from. */
export function inEveryLanguage(original: string, translations: Translations | null | undefined): Record<Language, string> {
  return { es: original, en: inLanguage(original, translations, 'en') };
}
