import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122101949 } from './Migration20261122101949.js';
import { Migration20261122103407 } from './Migration20261122103407.js';
import { Migration20261122110000 } from './Migration20261122110000_default_email_templates.js';
import { Migration20261122130639 } from './Migration20261122130639.js';
import { Migration20261122131500 } from './Migration20261122131500_default_flow.js';

/** Applied in this order; a new migration file is added here by hand. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122101949_energy_model', class: Migration20261122101949 },
  { name: 'Migration20261122103407_access_model', class: Migration20261122103407 },
  { name: 'Migration20261122110000_default_email_templates', class: Migration20261122110000 },
  { name: 'Migration20261122130639_installation_flow', class: Migration20261122130639 },
  { name: 'Migration20261122131500_default_flow', class: Migration20261122131500 },
];
