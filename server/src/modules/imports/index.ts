import type { ModuleDescriptor } from '../../core/module.js';
import { ImportJob } from './import-job.entity.js';
import { ImportJobResolver } from './import-job.resolver.js';
import { importMetrics } from './import-metrics.js';
import { importUploadRouter } from './import-upload.js';
import { importsRules } from './imports.rules.js';

export { failInterruptedImports } from './import-job-lifecycle.js';

export const importsModule: ModuleDescriptor = {
  name: 'imports',
  entities: [ImportJob],
  resolvers: [ImportJobResolver],
  rules: [importsRules],
  routers: (deps) => [importUploadRouter(deps)],
  metrics: () => importMetrics,
};
