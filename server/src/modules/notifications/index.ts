import type { ModuleDescriptor } from '../../core/module.js';
import { EmailTemplate } from './email-template.entity.js';
import { EmailTemplateResolver } from './email-template.resolver.js';
import { emailTemplateRules } from './email-template.rules.js';
import { OutboxEmail } from './outbox-email.entity.js';
import { OutboxAdminResolver } from './outbox.admin.resolver.js';
import { outboxAdminRules } from './outbox.admin.rules.js';
import { PortalEventAction } from './portal-event-action.entity.js';

export const notificationsModule: ModuleDescriptor = {
  name: 'notifications',
  entities: [OutboxEmail, EmailTemplate, PortalEventAction],
  resolvers: [OutboxAdminResolver, EmailTemplateResolver],
  rules: [outboxAdminRules, emailTemplateRules],
};
