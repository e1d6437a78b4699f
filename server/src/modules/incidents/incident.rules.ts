import { canSee, isAdmin, type RuleTree } from '../../core/permissions/rules.js';

const incidents = canSee('INCIDENTS');

// Incident.attachment is a Document: its fields follow the DOCUMENTS section (SOLAR_CLIENT has it).
// Admins (every section) read details through `incident(id)`; the inbox and editor are admin-only.
export const incidentRules: RuleTree = {
  Query: { incidentTypes: incidents, incidents, incident: incidents, adminIncidents: isAdmin, adminIncidentTypes: isAdmin },
  Mutation: {
    createIncident: incidents,
    replyToMyIncident: incidents,
    replyToIncident: isAdmin,
    setIncidentStatus: isAdmin,
    markIncidentRead: isAdmin,
    createIncidentType: isAdmin,
    updateIncidentType: isAdmin,
    moveIncidentType: isAdmin,
    removeIncidentType: isAdmin,
  },
  Incident: { '*': incidents, accountName: isAdmin, reporterName: isAdmin, reporterEmail: isAdmin, unreadByStaff: isAdmin },
  IncidentType: { '*': incidents, incidentCount: isAdmin },
  IncidentReply: { '*': incidents },
  IncidentConnection: { '*': isAdmin },
};
