import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/context.js';
import { invalidInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { paginate, type Page, type PageArgs } from '../../core/graphql/pagination.js';
import { runAutomaticActions } from '../automatic-actions/index.js';
import { AutomaticTrigger } from '../notifications/index.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { User } from '../users/user.entity.js';
import { Incident, IncidentReply, IncidentStatus, IncidentType } from './incident.entity.js';
import { IncidentTypeRemoval, MoveDirection, type AdminIncidentFilter, type IncidentTypeInput } from './incident.admin.inputs.js';
import { checkedText, findIncident, REPLY_MAX } from './incident.service.js';

export const TYPE_NAME_MAX = 80;

/** The admin inbox: every account's incidents, unread customer messages first, then most recent activity. */
export function adminIncidents(em: EntityManager, filter: AdminIncidentFilter | null | undefined, page: PageArgs): Promise<Page<Incident>> {
  const where: FilterQuery<Incident> = {};
  if (filter?.status) where.status = filter.status;
  if (filter?.typeId) where.type = idArgument('filter.typeId', filter.typeId);
  return paginate(em, Incident, where, { unreadByStaff: 'desc', updatedAt: 'desc', id: 'desc' }, page);
}

/** Staff opened the incident: its customer messages are read (a new one makes it unread again). Not activity: updatedAt stays. */
export async function markIncidentRead(em: EntityManager, id: string): Promise<Incident> {
  const incident = await findIncident(em, id);
  if (incident.unreadByStaff) {
    // A native update: the entity's flush would bump updatedAt (onUpdate) and reorder the inbox.
    await em.nativeUpdate(Incident, { id: incident.id }, { unreadByStaff: false });
    em.assign(incident, { unreadByStaff: false }, { merge: true });
  }
  return incident;
}

/** Changes an incident's status (no e-mail: a status change alone is not a reply). */
export async function setIncidentStatus(em: EntityManager, id: string, status: IncidentStatus, now: Date): Promise<Incident> {
  const incident = await findIncident(em, id);
  if (incident.status !== status) {
    incident.status = status;
    incident.updatedAt = now;
    await em.flush();
  }
  return incident;
}

/**
 * Staff answer an incident (and may change its status); the customer reads it in the thread and,
 * when an INCIDENT_REPLIED automatic action is enabled, gets an e-mail (one flush with the reply).
 */
export async function replyToIncident(
  em: EntityManager,
  id: string,
  reply: { body: string; status: IncidentStatus | null },
  by: { viewer: Viewer; now: Date; publicUrl: string },
): Promise<Incident> {
  const incident = await findIncident(em, id);
  const body = checkedText('body', reply.body, 1, REPLY_MAX);
  em.create(IncidentReply, {
    incident,
    body,
    fromStaff: true,
    author: em.getReference(User, by.viewer.user.id),
    createdAt: by.now,
  });
  if (reply.status) incident.status = reply.status;
  // Answering is reading.
  incident.unreadByStaff = false;
  incident.updatedAt = by.now;
  // The customer is told (when an INCIDENT_REPLIED action is enabled), in the same transaction.
  const type = await em.findOneOrFail(IncidentType, { id: incident.type.id });
  await runAutomaticActions(em, AutomaticTrigger.INCIDENT_REPLIED, {
    account: await em.findOneOrFail(CustomerAccount, { id: incident.account.id }),
    now: by.now,
    publicUrl: by.publicUrl,
    // The type's name in the customer's language (the recipient's picks).
    variables: { incident_title: type.name, reply_text: body },
  });
  await em.flush();
  return incident;
}

/** Every type, active or not, in the order customers see them. */
export function allIncidentTypes(em: EntityManager): Promise<IncidentType[]> {
  return em.find(IncidentType, {}, { orderBy: { position: 'asc', id: 'asc' } });
}

async function findType(em: EntityManager, id: string): Promise<IncidentType> {
  const type = await em.findOne(IncidentType, { id: idArgument('id', id) });
  if (!type) throw notFound('id', 'No such incident type.');
  return type;
}

/** Checked names; the Spanish one unique among the other types (any case). */
async function checkedNames(em: EntityManager, input: IncidentTypeInput, exceptId: string | null): Promise<{ es: string; en: string }> {
  const es = checkedText('input.nameEs', input.nameEs, 1, TYPE_NAME_MAX);
  const en = checkedText('input.nameEn', input.nameEn, 1, TYPE_NAME_MAX);
  const others = await em.find(IncidentType, exceptId ? { id: { $ne: exceptId } } : {});
  const key = es.toLocaleLowerCase('es');
  if (others.some((type) => type.name.es.trim().toLocaleLowerCase('es') === key)) {
    throw invalidInput('input.nameEs', 'DUPLICATE', 'another incident type already has this name');
  }
  return { es, en };
}

export async function createIncidentType(em: EntityManager, input: IncidentTypeInput): Promise<IncidentType> {
  const name = await checkedNames(em, input, null);
  const [last] = await em.find(IncidentType, {}, { orderBy: { position: 'desc' }, limit: 1 });
  const type = em.create(IncidentType, { name, active: input.active, position: last ? last.position + 1 : 0 });
  await em.flush();
  return type;
}

export async function updateIncidentType(em: EntityManager, id: string, input: IncidentTypeInput): Promise<IncidentType> {
  const type = await findType(em, id);
  type.name = await checkedNames(em, input, type.id);
  type.active = input.active;
  await em.flush();
  return type;
}

/** Swaps the type with its neighbour; positions become 0…n-1. Returns the whole list. */
export async function moveIncidentType(em: EntityManager, id: string, direction: MoveDirection): Promise<IncidentType[]> {
  const types = await allIncidentTypes(em);
  const index = types.findIndex((type) => type.id === idArgument('id', id));
  if (index < 0) throw notFound('id', 'No such incident type.');
  const target = direction === MoveDirection.UP ? index - 1 : index + 1;
  if (target >= 0 && target < types.length) [types[index], types[target]] = [types[target]!, types[index]!];
  types.forEach((type, position) => {
    type.position = position;
  });
  await em.flush();
  return types;
}

/** Deletes an unused type; a type incidents use is deactivated instead (their history keeps its name). */
export async function removeIncidentType(em: EntityManager, id: string): Promise<IncidentTypeRemoval> {
  const type = await findType(em, id);
  if ((await em.count(Incident, { type: type.id })) > 0) {
    type.active = false;
    await em.flush();
    return IncidentTypeRemoval.DEACTIVATED;
  }
  em.remove(type);
  await em.flush();
  return IncidentTypeRemoval.DELETED;
}
