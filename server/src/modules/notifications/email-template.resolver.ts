import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import {
  deleteEmailTemplate,
  findEmailTemplate,
  listEmailTemplates,
  previewEmailTemplate,
  saveEmailTemplate,
  sendTestEmail,
} from './email-template.admin.service.js';
import { AdminEmailTemplate, EmailTemplateInput, EmailTemplatePreview, EmailTemplatePreviewInput } from './email-template.types.js';
import { listPortalEventActions, PortalEventActionView, updatePortalEventAction } from './portal-event-action.admin.service.js';
import type { Language } from '@portal/shared';
import { LanguageEnum } from '../../core/graphql/shared-enums.js';

/** Admin: e-mail templates and the portal's event actions (every field isAdmin, email-template.rules.ts). */
@Resolver()
export class EmailTemplateResolver {
  @Query(() => [AdminEmailTemplate], { description: 'Admin: every e-mail template, built-in ones first.' })
  emailTemplates(@Ctx() { em }: Context): Promise<AdminEmailTemplate[]> {
    return listEmailTemplates(em);
  }

  @Query(() => AdminEmailTemplate, { nullable: true, description: 'Admin: null when no template has this key.' })
  emailTemplate(@Arg('key', () => String) key: string, @Ctx() { em }: Context): Promise<AdminEmailTemplate | null> {
    return findEmailTemplate(em, key);
  }

  @Query(() => EmailTemplatePreview, { nullable: true, description: 'Admin: the template as typed, rendered with sample values.' })
  previewEmailTemplate(
    @Arg('input', () => EmailTemplatePreviewInput) input: EmailTemplatePreviewInput,
    @Ctx() { em, config }: Context,
  ): Promise<EmailTemplatePreview> {
    return previewEmailTemplate(em, input, config.publicUrl);
  }

  @Mutation(() => AdminEmailTemplate, {
    nullable: true,
    description: 'Admin: creates or replaces one language of a template; placeholders it is never given are refused.',
  })
  saveEmailTemplate(
    @Arg('input', () => EmailTemplateInput) input: EmailTemplateInput,
    @Ctx() { em, clock }: Context,
  ): Promise<AdminEmailTemplate> {
    return saveEmailTemplate(em, input, clock.now());
  }

  @Mutation(() => Boolean, {
    nullable: true,
    description: 'Admin: deletes a custom template no action sends (or only its non-Spanish `language`).',
  })
  deleteEmailTemplate(
    @Arg('key', () => String) key: string,
    @Arg('language', () => LanguageEnum, { nullable: true }) language: Language | null,
    @Ctx() { em }: Context,
  ): Promise<boolean> {
    return deleteEmailTemplate(em, key, language ?? null);
  }

  @Mutation(() => String, {
    nullable: true,
    description: "Admin: e-mails the preview to the signed-in admin's own address; answers that address.",
  })
  sendTestEmail(
    @Arg('input', () => EmailTemplatePreviewInput) input: EmailTemplatePreviewInput,
    @Ctx() { em, viewer, clock, config }: Context,
  ): Promise<string> {
    return sendTestEmail(em, input, { to: viewer!.user.email, now: clock.now(), publicUrl: config.publicUrl });
  }

  @Query(() => [PortalEventActionView], { description: 'Admin: one row per customer-portal event.' })
  portalEventActions(@Ctx() { em }: Context): Promise<PortalEventActionView[]> {
    return listPortalEventActions(em);
  }

  @Mutation(() => PortalEventActionView, {
    nullable: true,
    description: 'Admin: the template a portal event sends; login-code needs |client_code_verification| in every language.',
  })
  updatePortalEventAction(
    @Arg('event', () => String) event: string,
    @Arg('templateKey', () => String, { nullable: true }) templateKey: string | null,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() { em }: Context,
  ): Promise<PortalEventActionView> {
    return updatePortalEventAction(em, { event, templateKey: templateKey ?? null, enabled });
  }
}
