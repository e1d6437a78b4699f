import type { ModuleDescriptor } from '../../core/module.js';
import { DocumentRequest, DocumentRequestFile, SigningDocument } from './installation-document.entity.js';
import { InstallationDocumentsAdminResolver } from './installation-documents.admin.resolver.js';
import { installationDocumentsAdminRules } from './installation-documents.admin.rules.js';
import { signingDocumentAdminRouter } from './installation-documents.admin.upload.js';
import {
  DocumentRequestDescriptionResolver,
  DocumentRequestFileResolver,
  DocumentRequestNameResolver,
  DocumentRequestResolver,
  InstallationDocumentsResolver,
  SigningDocumentResolver,
  SigningDocumentTitleResolver,
} from './installation-documents.resolver.js';
import { installationDocumentsRules } from './installation-documents.rules.js';
import { installationUploadRouter } from './installation-upload.js';

export const installationDocumentsModule: ModuleDescriptor = {
  name: 'installation-documents',
  entities: [DocumentRequest, DocumentRequestFile, SigningDocument],
  resolvers: [
    InstallationDocumentsResolver,
    DocumentRequestResolver,
    DocumentRequestNameResolver,
    DocumentRequestDescriptionResolver,
    DocumentRequestFileResolver,
    SigningDocumentResolver,
    SigningDocumentTitleResolver,
    InstallationDocumentsAdminResolver,
  ],
  rules: [installationDocumentsRules, installationDocumentsAdminRules],
  routers: (deps) => [installationUploadRouter(deps), signingDocumentAdminRouter(deps)],
};

// What other modules use of this one.
export { checkedText } from './installation-documents.admin.service.js';
export { ADMIN_INSTALLATION_UPLOADS, TITLE_MAX, adminInstallationUploadHandler, decimalField, integerField, requiredField, translationField } from './installation-documents.admin.upload.js';
