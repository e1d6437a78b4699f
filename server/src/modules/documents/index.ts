import type { ModuleDescriptor } from '../../core/module.js';
import { documentDownloadRouter } from './document-download.js';
import { Document } from './document.entity.js';
import { DocumentFolderResolver, DocumentResolver, DocumentTitleResolver } from './document.resolver.js';
import { documentRules } from './document.rules.js';

export const documentsModule: ModuleDescriptor = {
  name: 'documents',
  entities: [Document],
  resolvers: [DocumentResolver, DocumentTitleResolver, DocumentFolderResolver],
  rules: [documentRules],
  routers: (deps) => [documentDownloadRouter(deps)],
};

// What other modules use of this one.
export { contentDisposition } from './document-download.js';
export { UploadRefused, documentUploadHandler, receiveUploadOrAnswer, uploadEndpoint, writeUploadAndAnswer } from './document-upload-handler.js';
export type { DocumentUploadRequest, DocumentUploadTarget, UploadedDocumentFields } from './document-upload-handler.js';
