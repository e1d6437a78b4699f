import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import {
  deleteEmailTemplate,
  findEmailTemplate,
  listEmailTemplates,
  previewEmailTemplate,
  saveEmailTemplate,
  sendTestEmail,
} from './email-template.admin.service.js';
import { AdminEmailTemplate, EmailTemplateInput, EmailTemplatePreview, EmailTemplatePreviewInput } from './email-template.types.js';
import { listPortalEventActions, updatePortalEventAction } from './portal-event-action.admin.service.js';
import { PortalEventActionView } from './portal-event-action.admin.types.js';
import { PortalEvent } from './portal-event.js';
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
    @Ctx() { em, clock, config }: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    return sendTestEmail(em, input, { to: viewer.user.email, now: clock.now(), publicUrl: config.publicUrl });
  }

  @Query(() => [PortalEventActionView], { description: 'Admin: one row per customer-portal event.' })
  portalEventActions(@Ctx() { em }: Context): Promise<PortalEventActionView[]> {
    return listPortalEventActions(em);
  }

  @Mutation(() => PortalEventActionView, {
    nullable: true,
    description: 'Admin: the template a portal event sends; LOGIN_CODE needs |client_code_verification| in every language.',
  })
  updatePortalEventAction(
    @Arg('event', () => PortalEvent) event: PortalEvent,
    @Arg('templateKey', () => String, { nullable: true }) templateKey: string | null,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() { em }: Context,
  ): Promise<PortalEventActionView> {
    return updatePortalEventAction(em, { event, templateKey: templateKey ?? null, enabled });
  }
}
