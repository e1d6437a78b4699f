import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

export const emailTemplateRules: RuleTree = {
  Query: { emailTemplates: isAdmin, emailTemplate: isAdmin, previewEmailTemplate: isAdmin, portalEventActions: isAdmin },
  Mutation: { saveEmailTemplate: isAdmin, deleteEmailTemplate: isAdmin, sendTestEmail: isAdmin, updatePortalEventAction: isAdmin },
  AdminEmailTemplate: { '*': isAdmin },
  EmailTemplateTranslation: { '*': isAdmin },
  EmailTemplateUsage: { '*': isAdmin },
  EmailTemplatePreview: { '*': isAdmin },
  TemplateVariableSample: { '*': isAdmin },
  PortalEventActionView: { '*': isAdmin },
};
