import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

export const emailTemplateRules: RuleTree = {
  Query: { emailTemplates: isAdmin, emailTemplate: isAdmin, previewEmailTemplate: isAdmin, portalEventActions: isAdmin },
  Mutation: { saveEmailTemplate: isAdmin, deleteEmailTemplate: isAdmin, sendTestEmail: isAdmin, updatePortalEventAction: isAdmin },
  ...wholeTypes(isAdmin, [
    'AdminEmailTemplate', 'EmailTemplateTranslation', 'EmailTemplateUsage',
    'EmailTemplatePreview', 'TemplateVariableSample', 'PortalEventActionView',
  ]),
};
