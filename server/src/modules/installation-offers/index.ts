import type { ModuleDescriptor } from '../../core/module.js';
import { InstallationOffersAdminResolver } from './installation-offers.admin.resolver.js';
import { installationOffersAdminRules } from './installation-offers.admin.rules.js';
import { offerAdminUploadRouter } from './installation-offers.admin.upload.js';
import { InstallerVisit, Offer } from './installation-offers.entity.js';
import { InstallationOffersResolver, OfferResolver, OfferTitleResolver } from './installation-offers.resolver.js';
import { installationOffersRules } from './installation-offers.rules.js';
import { visitCalendarRouter } from './visit-ics.router.js';

export const installationOffersModule: ModuleDescriptor = {
  name: 'installation-offers',
  entities: [Offer, InstallerVisit],
  resolvers: [InstallationOffersResolver, OfferResolver, OfferTitleResolver, InstallationOffersAdminResolver],
  rules: [installationOffersRules, installationOffersAdminRules],
  routers: (deps) => [visitCalendarRouter(deps), offerAdminUploadRouter(deps)],
};
