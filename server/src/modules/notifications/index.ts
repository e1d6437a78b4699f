import type { ModuleDescriptor } from '../../core/module.js';
import { EmailTemplate } from './email-template.entity.js';
import { EmailTemplateResolver } from './email-template.resolver.js';
import { emailTemplateRules } from './email-template.rules.js';
import { OutboxEmail } from './outbox-email.entity.js';
import { outboxMetrics } from './outbox-metrics.js';
import { OutboxAdminResolver } from './outbox.admin.resolver.js';
import { outboxAdminRules } from './outbox.admin.rules.js';
import { PortalEventAction } from './portal-event-action.entity.js';

export const notificationsModule: ModuleDescriptor = {
  name: 'notifications',
  entities: [OutboxEmail, EmailTemplate, PortalEventAction],
  resolvers: [OutboxAdminResolver, EmailTemplateResolver],
  rules: [outboxAdminRules, emailTemplateRules],
  metrics: outboxMetrics,
};

// What other modules use of this one.
export { AutomaticTrigger, triggerVariables } from './automatic-trigger.js';
export type { EventVariable, TriggerEventVariables } from './automatic-trigger.js';
export { loadTemplate } from './email-template.service.js';
export { smtpTransport } from './mail-transport.js';
export { OutboxWorker } from './outbox-worker.js';
export { enqueueRenderedTemplate, enqueueTemplateEmail, outboxBody } from './outbox.service.js';
export { PortalEventMisconfigured, enqueuePortalEventEmail, raisePortalEvent } from './portal-event.service.js';
export { addTemplateUseSource, variablesError, variablesLacking } from './template-catalogue.js';
export type { TemplateUse } from './template-catalogue.js';
