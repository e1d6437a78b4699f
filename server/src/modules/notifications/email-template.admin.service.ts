import { fillPlaceholders, placeholdersIn, placeholderList } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '../../core/errors.js';
import { textToHtml } from './email-html.js';
import { EmailTemplate } from './email-template.entity.js';
import type {
  AdminEmailTemplate,
  EmailTemplateInput,
  EmailTemplatePreview,
  EmailTemplatePreviewInput,
} from './email-template.types.js';
import { OutboxEmail } from './outbox-email.entity.js';
import {
  describeUse,
  sampleValues,
  templateUses,
  variablesFor,
  variablesError,
  type TemplateUse,
} from './template-catalogue.js';
import { isTemplateKey, SECRET_VARIABLES, TEMPLATE_VARIABLES } from './template-render.js';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@portal/shared';

/** A new template's key: lowercase words joined by hyphens, like the built-in ones. */
const KEY_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEY_MAX = 64;
const SUBJECT_MAX = 255;
const BODY_MAX = 20_000;

const LANGUAGE_ORDER: readonly Language[] = LANGUAGES;

function usageOf(use: TemplateUse): { kind: string; name: string } {
  return { kind: use.kind, name: use.kind === 'PORTAL_EVENT' ? use.event : use.trigger };
}

function view(key: string, translations: EmailTemplate[], uses: TemplateUse[]): AdminEmailTemplate {
  const sorted = [...translations].sort((a, b) => LANGUAGE_ORDER.indexOf(a.language) - LANGUAGE_ORDER.indexOf(b.language));
  return {
    key,
    builtIn: isTemplateKey(key),
    variables: variablesFor(key, uses),
    languages: sorted.map((template) => template.language),
    updatedAt: new Date(Math.max(...sorted.map((template) => template.updatedAt.getTime()))),
    translations: sorted.map(({ language, subject, body, updatedAt }) => ({ language, subject, body, updatedAt })),
    usedBy: uses.map(usageOf),
  };
}

/** Every template, built-in ones first, then by key. */
export async function listEmailTemplates(em: EntityManager): Promise<AdminEmailTemplate[]> {
  const rows = await em.find(EmailTemplate, {}, { orderBy: { key: 'asc', language: 'asc' } });
  const byKey = new Map<string, EmailTemplate[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const keys = [...byKey.keys()].sort((a, b) => Number(isTemplateKey(b)) - Number(isTemplateKey(a)) || a.localeCompare(b));
  const views: AdminEmailTemplate[] = [];
  for (const key of keys) views.push(view(key, byKey.get(key)!, await templateUses(em, key)));
  return views;
}

export async function findEmailTemplate(em: EntityManager, key: string): Promise<AdminEmailTemplate | null> {
  const translations = await em.find(EmailTemplate, { key });
  if (translations.length === 0) return null;
  return view(key, translations, await templateUses(em, key));
}

/** The placeholders of `text` outside `known`. */
function unknownIn(text: string, known: readonly string[]): string[] {
  return placeholdersIn(text).filter((name) => !known.includes(name));
}

/**
 * Creates or replaces one language of a template. Refused (BAD_USER_INPUT naming the field):
 * a new key not in lowercase-kebab-case, a new template not written in Spanish first, an empty
 * or too long subject or body, a placeholder the template is never given, and a body without a
 * placeholder an action using it needs (login-code's |client_code_verification|).
 */
export async function saveEmailTemplate(em: EntityManager, input: EmailTemplateInput, now: Date): Promise<AdminEmailTemplate> {
  const key = input.key.trim();
  const translations = await em.find(EmailTemplate, { key });
  if (translations.length === 0) {
    if (!KEY_FORMAT.test(key) || key.length > KEY_MAX) {
      throw invalidInput('input.key', 'KEY_FORMAT', `a template key is lowercase words joined by hyphens (e.g. oferta-lista), at most ${KEY_MAX} characters`);
    }
    if (input.language !== DEFAULT_LANGUAGE) {
      throw invalidInput('input.language', 'SPANISH_FIRST', 'a new template is written in Spanish first (the language every template has)');
    }
  }
  const subject = input.subject.trim();
  const body = input.body.replace(/\r\n?/g, '\n').trim();
  if (subject.length === 0) throw invalidInput('input.subject', 'REQUIRED', 'the subject is empty');
  if (subject.length > SUBJECT_MAX) throw invalidInput('input.subject', 'TOO_LONG', `the subject is longer than ${SUBJECT_MAX} characters`);
  if (/[\r\n]/.test(subject)) throw invalidInput('input.subject', 'LINE_BREAK', 'the subject is one line');
  if (body.length === 0) throw invalidInput('input.body', 'REQUIRED', 'the body is empty');
  if (body.length > BODY_MAX) throw invalidInput('input.body', 'TOO_LONG', `the body is longer than ${BODY_MAX} characters`);

  const uses = await templateUses(em, key);
  const known = variablesFor(key, uses);
  for (const [argument, text] of [['input.subject', subject], ['input.body', body]] as const) {
    const unknown = unknownIn(text, known);
    if (unknown.length > 0) {
      throw variablesError(argument, 'UNKNOWN_VARIABLES', `unknown variable(s) ${placeholderList(unknown)}; this template may use ${placeholderList(known)}`, unknown);
    }
  }
  const carried = placeholdersIn(body);
  for (const use of uses) {
    const lacking = use.required.filter((name) => !carried.includes(name));
    if (lacking.length > 0) {
      throw variablesError(
        'input.body',
        'MISSING_REQUIRED_VARIABLE',
        `${describeUse(use)} sends this template, so its body must contain ${placeholderList(lacking)}`,
        lacking,
      );
    }
  }
  // A built-in e-mail that exists to carry a link or code is useless without it.
  const essential = isTemplateKey(key) ? TEMPLATE_VARIABLES[key].filter((name) => SECRET_VARIABLES.has(name)) : [];
  const lackingEssential = essential.filter((name) => !carried.includes(name));
  if (lackingEssential.length > 0) {
    throw variablesError(
      'input.body',
      'MISSING_REQUIRED_VARIABLE',
      `the portal sends '${key}' to deliver ${placeholderList(lackingEssential)}, so its body must contain it`,
      lackingEssential,
    );
  }

  const existing = translations.find((template) => template.language === input.language);
  if (existing) {
    Object.assign(existing, { subject, body, updatedAt: now });
  } else {
    translations.push(em.create(EmailTemplate, { key, language: input.language, subject, body, updatedAt: now }));
  }
  await em.flush();
  return view(key, translations, uses);
}

/**
 * Deletes a custom template (every language), or only its `language` translation when that is
 * not Spanish. Refused for a built-in key and for a template an action sends.
 */
export async function deleteEmailTemplate(em: EntityManager, key: string, language: Language | null): Promise<boolean> {
  const translations = await em.find(EmailTemplate, { key });
  if (translations.length === 0) throw notFound('key', `No e-mail template has the key '${key}'.`);
  const onlyTranslation = language !== null && language !== DEFAULT_LANGUAGE;
  if (onlyTranslation) {
    const translation = translations.find((template) => template.language === language);
    if (!translation) throw notFound('language', `Template '${key}' has no '${language}' version.`);
    em.remove(translation);
    await em.flush();
    return true;
  }
  if (isTemplateKey(key)) {
    throw invalidInput('key', 'BUILT_IN', `'${key}' is sent by the portal itself: it can be edited but not deleted`);
  }
  const uses = await templateUses(em, key);
  if (uses.length > 0) {
    throw invalidInput('key', 'IN_USE', `'${key}' is sent by ${uses.map(describeUse).join(', ')}: point them at another template first`);
  }
  for (const translation of translations) em.remove(translation);
  await em.flush();
  return true;
}

/** The template as typed, rendered with sample values; unknown placeholders stay visible. */
export async function previewEmailTemplate(
  em: EntityManager,
  input: EmailTemplatePreviewInput,
  publicUrl: string,
): Promise<EmailTemplatePreview> {
  const key = input.key?.trim() ?? '';
  const known = variablesFor(key, key ? await templateUses(em, key) : []);
  const samples = sampleValues(publicUrl);
  const values = Object.fromEntries(known.map((name) => [name, samples[name] ?? `(${name})`]));
  const text = fillPlaceholders(input.body.replace(/\r\n?/g, '\n'), values);
  return {
    subject: fillPlaceholders(input.subject, values).replace(/\s*[\r\n]+\s*/g, ' ').trim(),
    text,
    html: textToHtml(text),
    variables: known,
    unknownVariables: [...new Set([...unknownIn(input.subject, known), ...unknownIn(input.body, known)])],
    samples: Object.entries(values).map(([name, value]) => ({ name, value })),
  };
}

/** Puts the preview in the outbox, addressed to the signed-in admin; answers that address. */
export async function sendTestEmail(
  em: EntityManager,
  input: EmailTemplatePreviewInput,
  at: { to: string; now: Date; publicUrl: string },
): Promise<string> {
  if (input.subject.trim().length === 0) throw invalidInput('input.subject', 'REQUIRED', 'the subject is empty');
  if (input.body.trim().length === 0) throw invalidInput('input.body', 'REQUIRED', 'the body is empty');
  const preview = await previewEmailTemplate(em, input, at.publicUrl);
  const message = new OutboxEmail();
  message.to = at.to;
  message.subject = `[Prueba] ${preview.subject}`.slice(0, SUBJECT_MAX);
  message.text = preview.text;
  message.html = preview.html;
  message.templateKey = (input.key?.trim() || 'test').slice(0, KEY_MAX);
  // Sample values only (token=ejemplo, 123456): nothing to redact, and the log may show it whole.
  message.carriesSecret = false;
  message.createdAt = at.now;
  message.nextAttemptAt = at.now;
  em.persist(message);
  await em.flush();
  return at.to;
}

