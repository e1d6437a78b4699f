import { placeholderList } from '@portal/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import type { FlowSubstate } from '../installations/flow.entity.js';
import { EmailTemplate } from '../notifications/email-template.entity.js';
import { variablesError, variablesLacking, type TemplateUse } from '../notifications/index.js';
import { AutomaticAction } from './automatic-action.entity.js';
import type { AutomaticActionInput, AutomaticTriggerInfo } from './automatic-action.inputs.js';
import { AutomaticTrigger, triggerVariables } from '../notifications/index.js';

// Admin management of automatic actions. What a saved action may send is checked here, so the
// engine (automatic-action.service.ts) never meets a template its trigger cannot fill.

/** The automatic actions (enabled or not) that send template `key`: the template editor checks them. */
/** The automatic actions that send template `key`: registered with notifications by index.ts. */
export async function automaticActionsUsing(em: EntityManager, key: string): Promise<TemplateUse[]> {
  const actions = await em.find(AutomaticAction, { templateKey: key }, { orderBy: { trigger: 'asc', createdAt: 'asc' } });
  return actions.map((action) => ({
    kind: 'AUTOMATIC_ACTION',
    id: action.id,
    trigger: action.trigger,
    variables: triggerVariables(action.trigger),
    required: [],
  }));
}

export function automaticTriggers(): AutomaticTriggerInfo[] {
  return Object.values(AutomaticTrigger).map((trigger) => ({ trigger, variables: triggerVariables(trigger) }));
}

export function listAutomaticActions(em: EntityManager): Promise<AutomaticAction[]> {
  return em.find(AutomaticAction, {}, { orderBy: { trigger: 'asc', createdAt: 'asc', id: 'asc' } });
}

async function findAction(em: EntityManager, id: string): Promise<AutomaticAction> {
  const action = await em.findOne(AutomaticAction, { id: idArgument('id', id) });
  if (!action) throw notFound('id', 'No automatic action has this id.');
  return action;
}

/** Checks `input` and writes it onto `action`. */
async function apply(em: EntityManager, action: AutomaticAction, input: AutomaticActionInput): Promise<void> {
  let substate: FlowSubstate | null = null;
  if (input.substateId) {
    if (input.trigger !== AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE) {
      throw invalidInput('input.substateId', 'NOT_APPLICABLE', `only ${AutomaticTrigger.INSTALLATION_ENTERED_SUBSTATE} is narrowed to a substate`);
    }
    substate = await em.findOne<FlowSubstate>('FlowSubstate', { id: idArgument('input.substateId', input.substateId) });
    if (!substate) throw invalidInput('input.substateId', 'NOT_FOUND', 'no substate has this id');
  }
  const templateKey = input.templateKey.trim();
  const translations = templateKey ? await em.find(EmailTemplate, { key: templateKey }) : [];
  if (translations.length === 0) {
    throw invalidInput('input.templateKey', 'TEMPLATE_NOT_FOUND', `no e-mail template has the key '${templateKey}'`);
  }
  const given = triggerVariables(input.trigger);
  const lacking = variablesLacking(templateKey, translations, given);
  if (lacking.length > 0) {
    throw variablesError(
      'input.templateKey',
      'UNSUPPORTED_VARIABLES',
      `template '${templateKey}' uses ${placeholderList(lacking)}, which ${input.trigger} does not give (it gives ${placeholderList(given)})`,
      lacking,
    );
  }
  action.trigger = input.trigger;
  action.substate = substate ? em.getReference<FlowSubstate>('FlowSubstate', substate.id, { wrapped: true }) : null;
  action.templateKey = templateKey;
  action.enabled = input.enabled;
}

export async function createAutomaticAction(em: EntityManager, input: AutomaticActionInput, now: Date): Promise<AutomaticAction> {
  const action = new AutomaticAction();
  action.createdAt = now;
  await apply(em, action, input);
  em.persist(action);
  await em.flush();
  return action;
}

export async function updateAutomaticAction(em: EntityManager, id: string, input: AutomaticActionInput): Promise<AutomaticAction> {
  const action = await findAction(em, id);
  await apply(em, action, input);
  await em.flush();
  return action;
}

export async function setAutomaticActionEnabled(em: EntityManager, id: string, enabled: boolean): Promise<AutomaticAction> {
  const action = await findAction(em, id);
  action.enabled = enabled;
  await em.flush();
  return action;
}

export async function deleteAutomaticAction(em: EntityManager, id: string): Promise<boolean> {
  const action = await findAction(em, id);
  em.remove(action);
  await em.flush();
  return true;
}
