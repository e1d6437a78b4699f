import { canSee, isAdmin, type RuleTree } from '../../core/permissions/rules.js';

const incidents = canSee('INCIDENTS');

// Incident.attachment is a Document: its fields follow the DOCUMENTS section (SOLAR_CLIENT has it).
export const incidentRules: RuleTree = {
  Query: { incidentTypes: incidents, incidents, incident: incidents },
  Mutation: { createIncident: incidents, replyToIncident: isAdmin },
  Incident: { '*': incidents },
  IncidentType: { '*': incidents },
  IncidentReply: { '*': incidents },
};
