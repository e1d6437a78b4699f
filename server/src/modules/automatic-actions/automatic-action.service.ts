import { placeholdersIn, placeholderList } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../core/errors.js';
import { normalizeEmail } from '../../core/email-address.js';
import { SignInTokenPurpose } from '../auth/sign-in-token.entity.js';
import { issueSignInToken, MAGIC_LINK_VALID_MS } from '../auth/index.js';
import type { CustomerAccount } from '../customers/customer-account.entity.js';
import { loadTemplate, enqueueRenderedTemplate } from '../notifications/index.js';
import type { OutboxEmail } from '../notifications/outbox-email.entity.js';
import { User, UserStatus } from '../users/user.entity.js';
import { AutomaticAction } from './automatic-action.entity.js';
import { AutomaticTrigger, triggerVariables, type EventVariable, type TriggerEventVariables } from '../notifications/index.js';
import { DEFAULT_LANGUAGE, type Language } from '@portal/shared';

export type AutomaticActionEvent<T extends AutomaticTrigger> = {
  /** The customer account the event concerns: its user (by billing e-mail) is e-mailed. */
  account: CustomerAccount;
  now: Date;
  publicUrl: string;
  variables: TriggerEventVariables<T>;
  /** INSTALLATION_ENTERED_SUBSTATE: the substate entered. */
  substateId?: string;
  /**
   * INSTALLATION_ENTERED_SUBSTATE: whether the customer sees that step. Actions for "any step"
   * run only on visible ones (the portal skips hidden steps, so an e-mail about one would puzzle);
   * an action narrowed to a hidden substate still runs.
   */
  substateVisible?: boolean;
};

/** An action that cannot run is a configuration fault an admin must fix, not a reason to guess. */
export function automaticActionMisconfigured(action: AutomaticAction, reason: string): DomainError {
  return new DomainError('AUTOMATIC_ACTION_MISCONFIGURED', `The automatic action on ${action.trigger} cannot run: ${reason}`, { actionId: action.id, reason });
}

/**
 * Runs the enabled automatic actions of `trigger`: each e-mails its template to the account's
 * customer through the outbox, persisted in `em` without flushing, so the e-mails are written by
 * the caller's commit together with the change that caused them. Returns the e-mails queued.
 */
export async function runAutomaticActions<T extends AutomaticTrigger>(
  em: EntityManager,
  trigger: T,
  event: AutomaticActionEvent<T>,
): Promise<OutboxEmail[]> {
  const actions = await em.find(
    AutomaticAction,
    trigger === AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE
      ? { trigger, enabled: true, $or: [{ substate: event.substateVisible === false ? event.substateId : null }, { substate: event.substateId ?? null }] }
      : { trigger, enabled: true },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  if (actions.length === 0) return [];

  const recipient = await recipientOf(em, event.account);
  // One link for every e-mail of this event: a second token would supersede the first.
  const portalLink = recipient.user
    ? `${event.publicUrl}/auth/link#token=${await issueSignInToken(em, recipient.user, SignInTokenPurpose.MAGIC_LINK, {
        now: event.now,
        validForMs: MAGIC_LINK_VALID_MS,
      })}`
    : `${event.publicUrl}/auth/sign-in`;
  const given: Record<string, EventVariable> = event.variables;
  const inLanguage = Object.fromEntries(Object.entries(given).map(([name, value]) => [name, typeof value === 'string' ? value : value[recipient.language]]));
  const variables: Record<string, string> = { ...inLanguage, client_name: recipient.name, portal_link: portalLink };

  const queued: OutboxEmail[] = [];
  for (const action of actions) {
    const template = await loadTemplate(em, action.templateKey, recipient.language);
    if (!template) throw automaticActionMisconfigured(action, `its template '${action.templateKey}' does not exist`);
    const given = triggerVariables(trigger);
    const unknown = placeholdersIn(`${template.subject}\n${template.body}`).filter((name) => !given.includes(name));
    if (unknown.length > 0) {
      throw automaticActionMisconfigured(action, `template '${template.key}' uses ${placeholderList(unknown)}, which ${trigger} does not give`);
    }
    queued.push(
      enqueueRenderedTemplate(em, template, {
        to: recipient.email,
        templateKey: action.templateKey,
        language: recipient.language,
        variables,
        now: event.now,
      }),
    );
  }
  return queued;
}

type Recipient = { email: string; name: string; language: Language; user: User | null };

/** The account's portal user (same e-mail, not disabled) or, without one, its billing address. */
async function recipientOf(em: EntityManager, account: CustomerAccount): Promise<Recipient> {
  const email = normalizeEmail(account.billingEmail);
  const user = await em.findOne(User, { email, status: { $ne: UserStatus.DISABLED } });
  if (user) return { email: user.email, name: user.name, language: user.language, user };
  return { email, name: account.name, language: DEFAULT_LANGUAGE, user: null };
}
