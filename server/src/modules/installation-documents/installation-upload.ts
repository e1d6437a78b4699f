import { Router } from 'express';
import type { AppDeps, Viewer } from '../../core/context.js';
import type { FileStorage } from '../../core/storage/file-storage.js';
import { inLanguage, type Translations } from '../../core/i18n/translations.js';
import { documentUploadHandler, type DocumentUploadRequest, type DocumentUploadTarget } from '../documents/index.js';
import { DocumentCategory, type Document } from '../documents/document.entity.js';
import type { Installation } from '../installations/installation.entity.js';
import { raisePortalEvent } from '../notifications/index.js';
import { lockRow, notUploadable } from './locked-rows.js';
import { addRequestFile, replaceRequestFile, requestFileRemovalHandler, type RequestFileAnswer } from './document-request-files.js';
import { DocumentRequest, DocumentRequestFile, DocumentRequestStatus, DocumentFileStatus, SigningDocument } from './installation-document.entity.js';

export const UPLOADS_PATH = '/uploads';
/** The folder (shown to the customer and in storage) of everything the customer uploads for an installation. */
export const CLIENT_DOCUMENTS_FOLDER = 'Client-Documents';
const CLIENT_DOCUMENTS_FOLDER_TRANSLATIONS: Translations = { en: 'Your documents' };

export type UploadAnswer = RequestFileAnswer | { id: string; status: 'SIGNED'; documentId: string };

export function installationStorageFolder(installationId: string): string {
  return `installations/${installationId}/${CLIENT_DOCUMENTS_FOLDER}`;
}

/**
 * POST /uploads/document-requests/:id (one more file for the request), /uploads/document-request-files/:id
 * (a new file in place of that one) and /uploads/signing-documents/:id: one multipart file
 * field `file` (documentUploadHandler: 401 / 404 / upload errors), kept in the installation's
 * `Client-Documents` folder; the Document row, the target's new state and the
 * 'document-uploaded' event in one transaction. 201 UploadAnswer; 409 NOT_UPLOADABLE when the
 * target takes no upload now, 409 TOO_MANY_FILES when the request has all its files (checked
 * again, row locked, inside the transaction). DELETE /uploads/document-request-files/:id removes a
 * file that is not accepted yet.
 */
export function installationUploadRouter(deps: AppDeps & { storage: FileStorage }): Router {
  const router = Router();
  router.post(`${UPLOADS_PATH}/document-requests/:id`, documentUploadHandler(deps, { section: 'INSTALLATION', load: loadDocumentRequest }));
  router.post(`${UPLOADS_PATH}/document-request-files/:id`, documentUploadHandler(deps, { section: 'INSTALLATION', load: loadRequestFile }));
  router.delete(`${UPLOADS_PATH}/document-request-files/:id`, requestFileRemovalHandler(deps));
  router.post(`${UPLOADS_PATH}/signing-documents/:id`, documentUploadHandler(deps, { section: 'INSTALLATION', load: loadSigningDocument }));
  return router;
}

/** What both targets share: the installation's folder, and the customer's 'document-uploaded' event once recorded. */
function installationTarget(
  viewer: Viewer,
  installation: Installation,
  document: { title: string; titleTranslations?: Translations; category: DocumentCategory },
  record: DocumentUploadTarget<UploadAnswer>['record'],
): DocumentUploadTarget<UploadAnswer> {
  return {
    storageFolder: installationStorageFolder(installation.id),
    document: { ...document, folder: CLIENT_DOCUMENTS_FOLDER, folderTranslations: CLIENT_DOCUMENTS_FOLDER_TRANSLATIONS, accountId: installation.account.id },
    record: async (tx, uploaded, now, replace) => {
      const answer = await record(tx, uploaded, now, replace);
      const user = viewer.user;
      await raisePortalEvent(tx, 'document-uploaded', {
        to: user.email,
        language: user.language,
        variables: {
          client_name: user.name,
          installation_code: installation.code,
          document_name: inLanguage(document.title, document.titleTranslations, user.language),
          file_name: uploaded.fileName,
        },
        now,
      });
      return answer;
    },
  };
}

async function loadDocumentRequest({ id, em, viewer }: DocumentUploadRequest) {
  const request = await em.findOne(DocumentRequest, { id }, { populate: ['installation'] });
  if (!request) return null;
  if (request.status === DocumentRequestStatus.ACCEPTED) throw notUploadable();
  // The upload is named after the request, in both languages.
  const target = { title: request.name, titleTranslations: request.nameTranslations, category: DocumentCategory.OTHER };
  return installationTarget(viewer, request.installation.getEntity(), target, (tx, document: Document, now, replace) =>
    addRequestFile(tx, id, document, now, replace),
  );
}

async function loadRequestFile({ id, em, viewer }: DocumentUploadRequest) {
  const file = await em.findOne(DocumentRequestFile, { id }, { populate: ['request.installation'] });
  if (!file) return null;
  const request = file.request.getEntity();
  if (file.status === DocumentFileStatus.ACCEPTED || request.status === DocumentRequestStatus.ACCEPTED) throw notUploadable();
  // The upload is named after the request, in both languages.
  const target = { title: request.name, titleTranslations: request.nameTranslations, category: DocumentCategory.OTHER };
  return installationTarget(viewer, request.installation.getEntity(), target, (tx, document: Document, now, replace) =>
    replaceRequestFile(tx, { requestId: request.id, fileId: id }, document, now, replace),
  );
}

async function loadSigningDocument({ id, em, viewer }: DocumentUploadRequest) {
  const signing = await em.findOne(SigningDocument, { id }, { populate: ['installation'] });
  if (!signing) return null;
  const target = { title: `${signing.title} (firmado)`, titleTranslations: { en: `${inLanguage(signing.title, signing.titleTranslations, 'en')} (signed)` }, category: DocumentCategory.SIGNED_COPY };
  return installationTarget(viewer, signing.installation.getEntity(), target, async (tx, document: Document, now, replace) => {
    // A new signed copy replaces the previous one (row and file); the lock orders two uploads at once.
    const row = await lockRow(tx, 'signing_document', id);
    await tx.flush(); // the Document row first: the update below refers to it
    await tx.execute(`update "signing_document" set "signed_copy_id" = ?, "signed_at" = ? where "id" = ?`, [document.id, now, id]);
    if (row['signed_copy_id']) await replace(row['signed_copy_id'] as string);
    return { id, status: 'SIGNED', documentId: document.id };
  });
}
