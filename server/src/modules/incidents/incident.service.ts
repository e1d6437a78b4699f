import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/context.js';
import { invalidInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import type { RowScope } from '../../core/permissions/row-scope.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import type { Installation } from '../installations/installation.entity.js';
import { findInstallation } from '../installations/index.js';
import { raisePortalEvent } from '../notifications/index.js';
import { User } from '../users/user.entity.js';
import { Incident, IncidentReply, IncidentStatus, IncidentType } from './incident.entity.js';
import type { CreateIncidentInput } from './incident.inputs.js';

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 4000;
export const REPLY_MAX = 4000;

/** Trimmed text of `min`–`max` characters (code points), or BAD_USER_INPUT for `argument`. */
export function checkedText(argument: string, value: string, min: number, max: number): string {
  const text = value.trim();
  const length = [...text].length;
  if (length < min) throw invalidInput(argument, 'TOO_SHORT', `write at least ${min} characters`);
  if (length > max) throw invalidInput(argument, 'TOO_LONG', `write at most ${max} characters`);
  return text;
}

/** The account an incident without an installation belongs to: the viewer's own, else their first. */
async function viewerAccount(em: EntityManager, viewer: Viewer, scope: RowScope): Promise<CustomerAccount> {
  if (scope.kind === 'all') throw invalidInput('input.installationId', 'REQUIRED', 'staff must name the installation');
  const accounts = await em.find(CustomerAccount, { id: { $in: scope.accountIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const own = accounts.find((account) => account.fiscalId === viewer.user.personalFiscalId) ?? accounts[0];
  if (!own) throw invalidInput('input', 'NO_ACCOUNT', 'you have no customer account to report an incident for');
  return own;
}

/** Records a customer's incident and raises the 'incident-created' portal event (one flush). */
export async function createIncident(
  em: EntityManager,
  input: CreateIncidentInput,
  by: { viewer: Viewer; scope: RowScope; now: Date },
): Promise<Incident> {
  const type = await em.findOne(IncidentType, { id: idArgument('input.typeId', input.typeId), active: true });
  if (!type) throw invalidInput('input.typeId', 'UNKNOWN_TYPE', 'choose one of the incident types offered');
  const description = checkedText('input.description', input.description, DESCRIPTION_MIN, DESCRIPTION_MAX);

  let installation: Installation | null = null;
  let account: CustomerAccount;
  if (input.installationId) {
    installation = await findInstallation(em, 'input.installationId', input.installationId);
    account = await em.findOneOrFail(CustomerAccount, { id: installation.account.id });
  } else {
    account = await viewerAccount(em, by.viewer, by.scope);
  }

  const user = by.viewer.user;
  const incident = em.create(Incident, {
    account,
    installation,
    type,
    description,
    createdBy: em.getReference(User, user.id),
    createdAt: by.now,
    updatedAt: by.now,
  });
  await raisePortalEvent(em, 'incident-created', {
    to: user.email,
    language: user.language,
    variables: {
      client_name: user.name,
      incident_type: type.name[user.language] ?? type.name.es,
      incident_description: description,
      installation_code: installation?.code ?? '',
    },
    now: by.now,
  });
  await em.flush();
  return incident;
}

/** The incident `id` as `em` sees it (row-scoped for customers: another customer's is NOT_FOUND like a missing one). */
export async function findIncident(em: EntityManager, id: string): Promise<Incident> {
  const incident = await em.findOne(Incident, { id: idArgument('id', id) });
  if (!incident) throw notFound('id', 'No such incident.');
  return incident;
}

/**
 * The customer's own reply in the incident conversation (issue 17: the conversation goes both ways).
 * A reply to a resolved or closed incident reopens it: staff filter their inbox by status and would miss it.
 * It makes the incident unread for staff, whose inbox lists unread ones first.
 */
export async function replyToOwnIncident(em: EntityManager, id: string, body: string, by: { viewer: Viewer; now: Date }): Promise<Incident> {
  const incident = await findIncident(em, id);
  em.create(IncidentReply, {
    incident,
    body: checkedText('body', body, 1, REPLY_MAX),
    fromStaff: false,
    author: em.getReference(User, by.viewer.user.id),
    createdAt: by.now,
  });
  if (incident.status === IncidentStatus.RESOLVED || incident.status === IncidentStatus.CLOSED) incident.status = IncidentStatus.OPEN;
  incident.unreadByStaff = true;
  incident.updatedAt = by.now;
  await em.flush();
  return incident;
}
