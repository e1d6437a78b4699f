import type { ModuleDescriptor } from '../../core/module.js';
import { incidentUploadRouter } from './incident-upload.js';
import { IncidentAdminResolver, IncidentTypeAdminResolver } from './incident.admin.resolver.js';
import { Incident, IncidentReply, IncidentReplyAttachment, IncidentType } from './incident.entity.js';
import { IncidentResolver, IncidentReplyResolver } from './incident.resolver.js';
import { incidentRules } from './incident.rules.js';

export const incidentsModule: ModuleDescriptor = {
  name: 'incidents',
  entities: [IncidentType, Incident, IncidentReply, IncidentReplyAttachment],
  resolvers: [IncidentResolver, IncidentReplyResolver, IncidentAdminResolver, IncidentTypeAdminResolver],
  rules: [incidentRules],
  routers: (deps) => [incidentUploadRouter(deps)],
};
