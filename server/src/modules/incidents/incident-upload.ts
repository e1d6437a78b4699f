import { Router } from 'express';
import type { AppDeps } from '../../core/context.js';
import type { FileStorage } from '../../core/storage/file-storage.js';
import { documentUploadHandler, UploadRefused, type DocumentUploadRequest, type DocumentUploadTarget } from '../documents/index.js';
import { DocumentCategory } from '../documents/document.entity.js';
import { Incident, IncidentReply, IncidentReplyAttachment } from './incident.entity.js';

export const INCIDENT_ATTACHMENT_PATH = '/uploads/incidents/:id/attachment';
export const REPLY_ATTACHMENT_PATH = '/uploads/incident-replies/:id/attachments';
/** Files one customer reply may carry ("dos o tres fotos"), so a thread stays readable. */
export const REPLY_ATTACHMENTS_MAX = 5;
/** The folder the attachment's Document row is listed under. */
export const INCIDENT_DOCUMENT_FOLDER = 'Incidencias';
const INCIDENT_DOCUMENT_FOLDER_TRANSLATIONS = { en: 'Incidents' };

export type IncidentAttachmentAnswer = { documentId: string; fileName: string; mediaType: string; sizeBytes: number };

function alreadyAttached(): UploadRefused {
  return new UploadRefused(409, { error: 'ALREADY_ATTACHED' });
}

function tooManyFiles(): UploadRefused {
  return new UploadRefused(409, { error: 'TOO_MANY_FILES', message: `a reply carries at most ${REPLY_ATTACHMENTS_MAX} files` });
}

/**
 * POST /uploads/incidents/:id/attachment (multipart, field `file`): the one optional attachment
 * of an incident, by the customer who reported it, while it has none (documentUploadHandler:
 * 401 / 404 / upload errors). The file becomes a Document of the incident's account (folder
 * 'Incidencias', category OTHER, titled with the file's name).
 * 201 IncidentAttachmentAnswer; 404 also for someone else's incident; 409 ALREADY_ATTACHED.
 *
 * POST /uploads/incident-replies/:id/attachments: one more file (of REPLY_ATTACHMENTS_MAX) on the
 * customer's own reply, stored like the incident's; the incident becomes unread for staff.
 * 201 IncidentAttachmentAnswer; 404 for a staff reply or someone else's; 409 TOO_MANY_FILES.
 */
export function incidentUploadRouter(deps: AppDeps & { storage: FileStorage }): Router {
  const router = Router();
  router.post(INCIDENT_ATTACHMENT_PATH, documentUploadHandler(deps, { section: 'INCIDENTS', load: loadIncident }));
  router.post(REPLY_ATTACHMENT_PATH, documentUploadHandler(deps, { section: 'INCIDENTS', load: loadOwnReply }));
  return router;
}

async function loadIncident({ id, em, viewer }: DocumentUploadRequest): Promise<DocumentUploadTarget<IncidentAttachmentAnswer> | null> {
  // Row-scoped, and only the person who reported it attaches to it.
  const incident = await em.findOne(Incident, { id });
  if (!incident || incident.createdBy.id !== viewer.user.id) return null;
  if (incident.attachment) throw alreadyAttached();
  return {
    storageFolder: `incidents/${incident.id}`,
    document: { category: DocumentCategory.OTHER, folder: INCIDENT_DOCUMENT_FOLDER, folderTranslations: INCIDENT_DOCUMENT_FOLDER_TRANSLATIONS, accountId: incident.account.id },
    record: async (tx, document) => {
      await tx.flush(); // the Document row first: the incident refers to it
      // Two uploads at once: only the first one to get here attaches; the other rolls back.
      const updated = await tx.nativeUpdate(Incident, { id: incident.id, attachment: null }, { attachment: document.id });
      if (updated !== 1) throw alreadyAttached();
      return { documentId: document.id, fileName: document.fileName, mediaType: document.mediaType, sizeBytes: document.sizeBytes };
    },
  };
}

async function loadOwnReply({ id, em, viewer }: DocumentUploadRequest): Promise<DocumentUploadTarget<IncidentAttachmentAnswer> | null> {
  // Row-scoped; only the customer who wrote the reply adds files to it.
  const reply = await em.findOne(IncidentReply, { id, fromStaff: false, author: viewer.user.id }, { populate: ['incident'] });
  if (!reply) return null;
  const incident = reply.incident.getEntity();
  if ((await em.count(IncidentReplyAttachment, { reply: reply.id })) >= REPLY_ATTACHMENTS_MAX) throw tooManyFiles();
  return {
    storageFolder: `incidents/${incident.id}`,
    document: { category: DocumentCategory.OTHER, folder: INCIDENT_DOCUMENT_FOLDER, folderTranslations: INCIDENT_DOCUMENT_FOLDER_TRANSLATIONS, accountId: incident.account.id },
    record: async (tx, document, now) => {
      // Counted again under the account's upload lock (writeUploadAndAnswer): parallel uploads cannot pass the limit together.
      if ((await tx.count(IncidentReplyAttachment, { reply: reply.id })) >= REPLY_ATTACHMENTS_MAX) throw tooManyFiles();
      tx.create(IncidentReplyAttachment, { incident: incident.id, reply: reply.id, document, createdAt: now });
      await tx.nativeUpdate(Incident, { id: incident.id }, { unreadByStaff: true, updatedAt: now });
      await tx.flush();
      return { documentId: document.id, fileName: document.fileName, mediaType: document.mediaType, sizeBytes: document.sizeBytes };
    },
  };
}
