import type { EntityManager } from '@mikro-orm/postgresql';
import { EmailTemplate } from './email-template.entity.js';
import { DEFAULT_LANGUAGE, type Language } from '@portal/shared';

/** Template `key` in `language`, else in Spanish (the language every template exists in). */
export async function loadTemplate(em: EntityManager, key: string, language: Language): Promise<EmailTemplate | null> {
  return (
    (await em.findOne(EmailTemplate, { key, language })) ??
    (language === DEFAULT_LANGUAGE ? null : await em.findOne(EmailTemplate, { key, language: DEFAULT_LANGUAGE }))
  );
}

/** As `loadTemplate`; templates are configuration, so a missing one is a deployment fault. */
export async function findTemplate(em: EntityManager, key: string, language: Language): Promise<EmailTemplate> {
  const template = await loadTemplate(em, key, language);
  if (!template) throw new Error(`E-mail template '${key}' does not exist (neither in '${language}' nor in 'es')`);
  return template;
}
