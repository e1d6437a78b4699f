import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { inEveryLanguage, translationsOf } from '../../core/i18n/translations.js';
import { runAutomaticActions } from '../automatic-actions/index.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { findInstallation } from '../installations/index.js';
import { Installation } from '../installations/installation.entity.js';
import { AutomaticTrigger } from '../notifications/index.js';
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

/** When and through which portal address staff act: the customer's e-mail links there. */
export type ReviewAt = { now: Date; publicUrl: string };

/**
 * Staff ask the customer for a document; it appears PENDING in the customer's documents step, and
 * the DOCUMENT_REQUESTED automatic actions e-mail the customer in the same flush.
 */
export async function requestInstallationDocument(
  em: EntityManager,
  installationId: string,
  fields: { name: string; description?: string | null; nameEn?: string | null; descriptionEn?: string | null },
  at: ReviewAt,
): Promise<DocumentRequest> {
  const name = checkedText('name', fields.name, NAME_MAX);
  const description = checkedText('description', fields.description, DESCRIPTION_MAX, true);
  const nameTranslations = translationsOf(checkedText('nameEn', fields.nameEn, NAME_MAX, true));
  const descriptionTranslations = translationsOf(checkedText('descriptionEn', fields.descriptionEn, DESCRIPTION_MAX, true));
  const installation = await findInstallation(em, 'installationId', installationId);
  const request = em.create(DocumentRequest, { installation, name, nameTranslations, description, descriptionTranslations, createdAt: at.now, updatedAt: at.now });
  await runAutomaticActions(em, AutomaticTrigger.DOCUMENT_REQUESTED, {
    account: await em.findOneOrFail(CustomerAccount, { id: installation.account.id }),
    now: at.now,
    publicUrl: at.publicUrl,
    variables: {
      installation_code: installation.code,
      document_name: inEveryLanguage(name, nameTranslations),
      document_description: inEveryLanguage(description, descriptionTranslations),
    },
  });
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
  at: ReviewAt,
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
    request.updatedAt = at.now;
    if (reason !== null) {
      // Told in the same transaction as the rejection: the customer reads why and uploads again.
      const installation = await tx.findOneOrFail(Installation, { id: request.installation.id });
      await runAutomaticActions(tx, AutomaticTrigger.DOCUMENT_REJECTED, {
        account: await tx.findOneOrFail(CustomerAccount, { id: installation.account.id }),
        now: at.now,
        publicUrl: at.publicUrl,
        variables: { installation_code: installation.code, document_name: inEveryLanguage(request.name, request.nameTranslations), rejection_reason: reason },
      });
    }
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
