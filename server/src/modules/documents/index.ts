import type { ModuleDescriptor } from '../../core/module.js';
import { documentDownloadRouter } from './document-download.js';
import { Document } from './document.entity.js';
import { DocumentResolver } from './document.resolver.js';
import { documentRules } from './document.rules.js';

export const documentsModule: ModuleDescriptor = {
  name: 'documents',
  entities: [Document],
  resolvers: [DocumentResolver],
  rules: [documentRules],
  routers: (deps) => [documentDownloadRouter(deps)],
};
