import type { ModuleDescriptor } from '../core/module.js';
import { authModule } from '../modules/auth/index.js';
import { automaticActionsModule } from '../modules/automatic-actions/index.js';
import { clientRegistrationModule } from '../modules/client-registration/index.js';
import { contractsModule } from '../modules/contracts/index.js';
import { customersModule } from '../modules/customers/index.js';
import { documentsModule } from '../modules/documents/index.js';
import { forecastsModule } from '../modules/forecasts/index.js';
import { generationSettlementsModule } from '../modules/generation-settlements/index.js';
import { importsModule } from '../modules/imports/index.js';
import { incidentsModule } from '../modules/incidents/index.js';
import { installationActivityModule } from '../modules/installation-activity/index.js';
import { installationDocumentsModule } from '../modules/installation-documents/index.js';
import { installationOffersModule } from '../modules/installation-offers/index.js';
import { installationsModule } from '../modules/installations/index.js';
import { invoicesModule } from '../modules/invoices/index.js';
import { matchingPricesModule } from '../modules/matching-prices/index.js';
import { measurementsModule } from '../modules/measurements/index.js';
import { notificationsModule } from '../modules/notifications/index.js';
import { personalDataModule } from '../modules/personal-data/index.js';
import { roofDrawingsModule } from '../modules/roof-drawings/index.js';
import { settingsModule } from '../modules/settings/index.js';
import { solarEstimatesModule } from '../modules/solar-estimates/index.js';
import { supplyPointsModule } from '../modules/supply-points/index.js';
import { userAdminModule } from '../modules/user-admin/index.js';
import { usersModule } from '../modules/users/index.js';

/**
 * Every module, once: the ORM's entities, the schema's resolvers, the shield's rules, the
 * routers and the purges are all built from this list. Adding a module is one entry here (a new
 * table also needs its migration in core/db/migrations/index.ts).
 */
export const MODULES: readonly ModuleDescriptor[] = [
  authModule,
  usersModule,
  userAdminModule,
  customersModule,
  supplyPointsModule,
  contractsModule,
  invoicesModule,
  documentsModule,
  generationSettlementsModule,
  measurementsModule,
  forecastsModule,
  matchingPricesModule,
  settingsModule,
  clientRegistrationModule,
  notificationsModule,
  automaticActionsModule,
  installationsModule,
  installationOffersModule,
  installationDocumentsModule,
  roofDrawingsModule,
  solarEstimatesModule,
  installationActivityModule,
  incidentsModule,
  personalDataModule,
  importsModule,
];
