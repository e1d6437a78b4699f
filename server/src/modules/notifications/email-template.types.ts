import { Field, InputType, ObjectType } from 'type-graphql';
import { DEFAULT_LANGUAGE, type Language } from '@portal/shared';
import { LanguageEnum } from '../../core/graphql/shared-enums.js';

/** The text of one language of a template: what is stored, edited and previewed (a base: no field returns it). */
@ObjectType()
@InputType()
abstract class TemplateText {
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
}

/** The text of a template in a given language. */
@ObjectType()
@InputType()
abstract class TemplateLanguageText extends TemplateText {
  @Field(() => LanguageEnum) language!: Language;
}

@ObjectType({ description: 'Admin: one language of an e-mail template.' })
export class EmailTemplateTranslation extends TemplateLanguageText {
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: 'Admin: an action that sends a template.' })
export class EmailTemplateUsage {
  @Field(() => String, { description: 'PORTAL_EVENT or AUTOMATIC_ACTION.' }) kind!: string;
  @Field(() => String, { description: 'The portal event (e.g. login-code) or the automatic trigger.' }) name!: string;
}

@ObjectType({ description: 'Admin: an e-mail template with all its languages.' })
export class AdminEmailTemplate {
  @Field(() => String) key!: string;
  @Field(() => Boolean, { description: 'Sent by the server itself: can be edited, never deleted.' }) builtIn!: boolean;

  @Field(() => [String], { description: 'The |variables| this template may use (without the pipes).' })
  variables!: string[];

  @Field(() => [LanguageEnum], { description: 'The languages it exists in; Spanish always.' }) languages!: Language[];
  @Field(() => Date, { description: 'The latest change of any of its languages.' }) updatedAt!: Date;
  @Field(() => [EmailTemplateTranslation]) translations!: EmailTemplateTranslation[];

  @Field(() => [EmailTemplateUsage], { description: 'The actions that send it; a used template cannot be deleted.' })
  usedBy!: EmailTemplateUsage[];
}

@InputType({ description: 'Admin: one language of a template, created or replaced.' })
export class EmailTemplateInput extends TemplateLanguageText {
  @Field(() => String, { description: 'A built-in key, or a new one in lowercase-kebab-case (e.g. oferta-lista).' })
  key!: string;
}

@InputType({ description: 'Admin: a template as being edited (not necessarily saved).' })
export class EmailTemplatePreviewInput extends TemplateText {
  @Field(() => String, { nullable: true, description: 'Null or a new key for a template not saved yet.' })
  key?: string | null;

  @Field(() => LanguageEnum, { nullable: true, defaultValue: DEFAULT_LANGUAGE }) language?: Language | null;
}

@ObjectType({ description: 'Admin: a sample value a preview fills a variable with.' })
export class TemplateVariableSample {
  @Field(() => String) name!: string;
  @Field(() => String) value!: string;
}

@ObjectType({ description: 'Admin: a template rendered with sample values.' })
export class EmailTemplatePreview {
  @Field(() => String) subject!: string;
  @Field(() => String) text!: string;
  @Field(() => String) html!: string;
  @Field(() => [String], { description: 'The variables this template may use.' }) variables!: string[];

  @Field(() => [String], { description: 'Placeholders in the subject or body it is never given: saving would be refused.' })
  unknownVariables!: string[];

  @Field(() => [TemplateVariableSample]) samples!: TemplateVariableSample[];
}
