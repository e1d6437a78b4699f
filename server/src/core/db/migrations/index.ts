import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122101949 } from './Migration20261122101949.js';
import { Migration20261122103407 } from './Migration20261122103407.js';
import { Migration20261122110000 } from './Migration20261122110000_default_email_templates.js';
import { Migration20261122130639 } from './Migration20261122130639.js';
import { Migration20261122131500 } from './Migration20261122131500_default_flow.js';
import { Migration20261122140100 } from './Migration20261122140100_offers_visits.js';
import { Migration20261122140000 } from './Migration20261122140000_installation_documents.js';
import { Migration20261122140200 } from './Migration20261122140200_roof_drawings.js';
import { Migration20261122140300 } from './Migration20261122140300_incidents.js';
import { Migration20261122145900 } from './Migration20261122145900_automatic_actions.js';
import { Migration20261122150000 } from './Migration20261122150000_admin_users.js';
import { Migration20261122150200 } from './Migration20261122150200_imports.js';
import { Migration20261122150600 } from './Migration20261122150600_accounts_admin.js';
import { Migration20261206120000UploadQuota } from './Migration20261206120000_upload_quota.js';
import { Migration20261206140000AuthHardening } from './Migration20261206140000_auth_hardening.js';
import { Migration20261206203000CodeFailureLimit } from './Migration20261206203000_code_failure_limit.js';
import { Migration20261207010000NifKlm } from './Migration20261207010000_nif_klm.js';
import { Migration20261208040100RowLevelSecurity } from './Migration20261208040100_row_level_security.js';
import { Migration20261208040400MeasurementDay } from './Migration20261208040400_measurement_day.js';
import { Migration20261208040800SignInLinkRequest } from './Migration20261208040800_sign_in_link_request.js';
import { Migration20261208040801DefaultCustomerEmails } from './Migration20261208040801_default_customer_emails.js';

/** Applied in this order; a new migration file is added here by hand. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122101949_energy_model', class: Migration20261122101949 },
  { name: 'Migration20261122103407_access_model', class: Migration20261122103407 },
  { name: 'Migration20261122110000_default_email_templates', class: Migration20261122110000 },
  { name: 'Migration20261122130639_installation_flow', class: Migration20261122130639 },
  { name: 'Migration20261122131500_default_flow', class: Migration20261122131500 },
  { name: 'Migration20261122140000_installation_documents', class: Migration20261122140000 },
  { name: 'Migration20261122140100_offers_visits', class: Migration20261122140100 },
  { name: 'Migration20261122140200_roof_drawings', class: Migration20261122140200 },
  { name: 'Migration20261122140300_incidents', class: Migration20261122140300 },
  { name: 'Migration20261122145900_automatic_actions', class: Migration20261122145900 },
  { name: 'Migration20261122150000_admin_users', class: Migration20261122150000 },
  { name: 'Migration20261122150200_imports', class: Migration20261122150200 },
  { name: 'Migration20261122150600_accounts_admin', class: Migration20261122150600 },
  { name: 'Migration20261206120000_upload_quota', class: Migration20261206120000UploadQuota },
  { name: 'Migration20261206140000_auth_hardening', class: Migration20261206140000AuthHardening },
  { name: 'Migration20261206203000_code_failure_limit', class: Migration20261206203000CodeFailureLimit },
  { name: 'Migration20261207010000_nif_klm', class: Migration20261207010000NifKlm },
  { name: 'Migration20261208040100_row_level_security', class: Migration20261208040100RowLevelSecurity },
  { name: 'Migration20261208040400_measurement_day', class: Migration20261208040400MeasurementDay },
  { name: 'Migration20261208040800_sign_in_link_request', class: Migration20261208040800SignInLinkRequest },
  { name: 'Migration20261208040801_default_customer_emails', class: Migration20261208040801DefaultCustomerEmails },
];
