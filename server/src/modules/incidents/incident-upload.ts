import { Router } from 'express';
import type { AppDeps } from '../../core/context.js';
import type { FileStorage } from '../../core/storage/file-storage.js';
import { documentUploadHandler, UploadRefused, type DocumentUploadRequest, type DocumentUploadTarget } from '../documents/index.js';
import { DocumentCategory } from '../documents/document.entity.js';
import { Incident } from './incident.entity.js';

export const INCIDENT_ATTACHMENT_PATH = '/uploads/incidents/:id/attachment';
/** The folder the attachment's Document row is listed under. */
export const INCIDENT_DOCUMENT_FOLDER = 'Incidencias';

export type IncidentAttachmentAnswer = { documentId: string; fileName: string; mediaType: string; sizeBytes: number };

function alreadyAttached(): UploadRefused {
  return new UploadRefused(409, { error: 'ALREADY_ATTACHED' });
}

/**
 * POST /uploads/incidents/:id/attachment (multipart, field `file`): the one optional attachment
 * of an incident, by the customer who reported it, while it has none (documentUploadHandler:
 * 401 / 404 / upload errors). The file becomes a Document of the incident's account (folder
 * 'Incidencias', category OTHER, titled with the file's name).
 * 201 IncidentAttachmentAnswer; 404 also for someone else's incident; 409 ALREADY_ATTACHED.
 */
export function incidentUploadRouter(deps: AppDeps & { storage: FileStorage }): Router {
  const router = Router();
  router.post(INCIDENT_ATTACHMENT_PATH, documentUploadHandler(deps, { section: 'INCIDENTS', load: loadIncident }));
  return router;
}

async function loadIncident({ id, em, viewer }: DocumentUploadRequest): Promise<DocumentUploadTarget<IncidentAttachmentAnswer> | null> {
  // Row-scoped, and only the person who reported it attaches to it.
  const incident = await em.findOne(Incident, { id });
  if (!incident || incident.createdBy.id !== viewer.user.id) return null;
  if (incident.attachment) throw alreadyAttached();
  return {
    storageFolder: `incidents/${incident.id}`,
    document: { category: DocumentCategory.OTHER, folder: INCIDENT_DOCUMENT_FOLDER, folderTranslations: { en: 'Incidents' }, accountId: incident.account.id },
    record: async (tx, document) => {
      await tx.flush(); // the Document row first: the incident refers to it
      // Two uploads at once: only the first one to get here attaches; the other rolls back.
      const updated = await tx.nativeUpdate(Incident, { id: incident.id, attachment: null }, { attachment: document.id });
      if (updated !== 1) throw alreadyAttached();
      return { documentId: document.id, fileName: document.fileName, mediaType: document.mediaType, sizeBytes: document.sizeBytes };
    },
  };
}
