import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { findInstallation } from '../installations/index.js';
import { DocumentRequest, DocumentRequestStatus } from './installation-document.entity.js';

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const REASON_MAX = 2000;

/** Reasons of BAD_USER_INPUT the SPA translates. */
export const DocumentRequestReason = {
  REQUIRED: 'REQUIRED',
  TOO_LONG: 'TOO_LONG',
  /** Only an uploaded document can be accepted or rejected. */
  NOT_REVIEWABLE: 'NOT_REVIEWABLE',
  /** An accepted document stays on record. */
  NOT_CANCELLABLE: 'NOT_CANCELLABLE',
} as const;

/** Trimmed `value`; REQUIRED when empty (unless `optional`), TOO_LONG past `max`. */
export function checkedText(argument: string, value: string | null | undefined, max: number, optional = false): string {
  const text = (value ?? '').trim();
  if (!text && !optional) throw invalidInput(argument, DocumentRequestReason.REQUIRED, 'must not be empty.');
  if (text.length > max) throw invalidInput(argument, DocumentRequestReason.TOO_LONG, `at most ${max} characters.`);
  return text;
}

/** Staff ask the customer for a document; it appears PENDING in the customer's documents step. */
export async function requestInstallationDocument(
  em: EntityManager,
  installationId: string,
  fields: { name: string; description?: string | null },
  now: Date,
): Promise<DocumentRequest> {
  const name = checkedText('name', fields.name, NAME_MAX);
  const description = checkedText('description', fields.description, DESCRIPTION_MAX, true);
  const installation = await findInstallation(em, 'installationId', installationId);
  const request = em.create(DocumentRequest, { installation, name, description, createdAt: now, updatedAt: now });
  await em.flush();
  return request;
}

/**
 * Accepts or rejects the customer's upload (only UPLOADED can be reviewed). A rejection needs a
 * reason: the customer reads it and may upload again. The row is locked against a concurrent upload.
 */
export async function reviewDocumentRequest(
  em: EntityManager,
  id: string,
  review: { accepted: boolean; reason?: string | null },
  now: Date,
): Promise<DocumentRequest> {
  const reason = review.accepted ? null : checkedText('reason', review.reason, REASON_MAX);
  const requestId = idArgument('id', id);
  return em.transactional(async (tx) => {
    const request = await tx.findOne(DocumentRequest, { id: requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!request) throw notFound('id', 'No such document request.');
    if (request.status !== DocumentRequestStatus.UPLOADED) {
      throw invalidInput('id', DocumentRequestReason.NOT_REVIEWABLE, `only an uploaded document can be reviewed; this one is ${request.status}.`);
    }
    request.status = review.accepted ? DocumentRequestStatus.ACCEPTED : DocumentRequestStatus.REJECTED;
    request.rejectionReason = reason;
    request.updatedAt = now;
    await tx.flush();
    return request;
  });
}

/** Staff no longer need the document: the request goes (an upload already made stays in the customer's documents). */
export async function cancelDocumentRequest(em: EntityManager, id: string): Promise<boolean> {
  const requestId = idArgument('id', id);
  return em.transactional(async (tx) => {
    const request = await tx.findOne(DocumentRequest, { id: requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!request) throw notFound('id', 'No such document request.');
    if (request.status === DocumentRequestStatus.ACCEPTED) {
      throw invalidInput('id', DocumentRequestReason.NOT_CANCELLABLE, 'an accepted document cannot be cancelled.');
    }
    tx.remove(request);
    await tx.flush();
    return true;
  });
}
