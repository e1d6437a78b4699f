import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { inEveryLanguage, translationsOf } from '../../core/i18n/translations.js';
import { stringEnum } from '../../core/string-enum.js';
import { runAutomaticActions } from '../automatic-actions/index.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { findInstallation } from '../installations/index.js';
import { Installation } from '../installations/installation.entity.js';
import { AutomaticTrigger } from '../notifications/index.js';
import { DocumentFileStatus, DocumentRequest, DocumentRequestFile, DocumentRequestStatus, MAX_FILES_LIMIT } from './installation-document.entity.js';

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const REASON_MAX = 2000;

/** Reasons of BAD_USER_INPUT the SPA translates. */
export const DocumentRequestReason = stringEnum([
  'REQUIRED', 'TOO_LONG',
  /** Only an uploaded document can be accepted or rejected. */
  'NOT_REVIEWABLE',
  /** An accepted document stays on record. */
  'NOT_CANCELLABLE',
  /** minFiles and maxFiles: 1 ≤ minFiles ≤ maxFiles ≤ MAX_FILES_LIMIT. */
  'OUT_OF_RANGE',
]);

/** How many files a request takes; both default to 1 (one file, as before). */
export function checkedFileRange(minFiles: number | null | undefined, maxFiles: number | null | undefined): { minFiles: number; maxFiles: number } {
  const min = minFiles ?? 1;
  const max = maxFiles ?? Math.max(min, 1);
  if (!Number.isInteger(min) || min < 1 || min > MAX_FILES_LIMIT) {
    throw invalidInput('minFiles', DocumentRequestReason.OUT_OF_RANGE, `must be between 1 and ${MAX_FILES_LIMIT}.`);
  }
  if (!Number.isInteger(max) || max < min || max > MAX_FILES_LIMIT) {
    throw invalidInput('maxFiles', DocumentRequestReason.OUT_OF_RANGE, `must be between minFiles (${min}) and ${MAX_FILES_LIMIT}.`);
  }
  return { minFiles: min, maxFiles: max };
}

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
  fields: { name: string; description?: string | null; nameEn?: string | null; descriptionEn?: string | null; minFiles?: number | null; maxFiles?: number | null },
  at: ReviewAt,
): Promise<DocumentRequest> {
  const name = checkedText('name', fields.name, NAME_MAX);
  const description = checkedText('description', fields.description, DESCRIPTION_MAX, true);
  const nameTranslations = translationsOf(checkedText('nameEn', fields.nameEn, NAME_MAX, true));
  const descriptionTranslations = translationsOf(checkedText('descriptionEn', fields.descriptionEn, DESCRIPTION_MAX, true));
  const range = checkedFileRange(fields.minFiles, fields.maxFiles);
  const installation = await findInstallation(em, 'installationId', installationId);
  const request = em.create(DocumentRequest, {
    installation,
    name,
    nameTranslations,
    description,
    descriptionTranslations,
    ...range,
    createdAt: at.now,
    updatedAt: at.now,
  });
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
 * Accepts or rejects the customer's files (only UPLOADED can be reviewed): accepting locks every
 * file; rejecting needs a reason, which the customer reads before replacing, removing or adding
 * files. The row is locked against a concurrent upload.
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
    // The review decides the files waiting for it; files rejected before stay rejected either way.
    const files = await tx.find(DocumentRequestFile, { request: request.id }, { refresh: true });
    for (const file of files.filter((candidate) => candidate.status === DocumentFileStatus.UPLOADED)) {
      file.status = review.accepted ? DocumentFileStatus.ACCEPTED : DocumentFileStatus.REJECTED;
      file.updatedAt = at.now;
    }
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
