import type { NonEmptyArray } from 'type-graphql';
import { ContractResolver, CustomerAccountContractsResolver, SupplyPointContractsResolver } from '../modules/contracts/contract.resolver.js';
import { CustomerAccountResolver } from '../modules/customers/customer-account.resolver.js';
import { DocumentResolver } from '../modules/documents/document.resolver.js';
import { GenerationSettlementResolver } from '../modules/generation-settlements/generation-settlement.resolver.js';
import { InvoiceResolver } from '../modules/invoices/invoice.resolver.js';
import { CustomerAccountSupplyPointsResolver, SupplyPointResolver } from '../modules/supply-points/supply-point.resolver.js';
import { MeasurementResolver } from '../modules/measurements/measurement.resolver.js';
import { SupplyPointMeasurementsResolver } from '../modules/measurements/supply-point-measurements.resolver.js';
import { DeviationResolver } from '../modules/forecasts/deviation.resolver.js';
import { ForecastResolver } from '../modules/forecasts/forecast.resolver.js';
import { MarketPriceResolver } from '../modules/matching-prices/market-price.resolver.js';
import { UserResolver } from '../modules/user-admin/user.resolver.js';
import { SettingsResolver } from '../modules/settings/settings.resolver.js';
import { ContractActivationResolver } from '../modules/contracts/contract-activation.resolver.js';
import { CustomerAccountAdminResolver } from '../modules/customers/customer-account.admin.resolver.js';
import { ClientRegistrationResolver } from '../modules/client-registration/client-registration.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { InstallationResolver } from '../modules/installations/installation.resolver.js';
import { FlowResolver, FlowStateResolver } from '../modules/installations/flow.resolver.js';
import { FlowEditorResolver, FlowSubstateEditorResolver } from '../modules/installations/flow-editor.resolver.js';
import { IncidentReplyResolver, IncidentResolver } from '../modules/incidents/incident.resolver.js';
import { IncidentAdminResolver, IncidentTypeAdminResolver } from '../modules/incidents/incident.admin.resolver.js';
import { OutboxAdminResolver } from '../modules/notifications/outbox.admin.resolver.js';
import { PersonalDataResolver } from '../modules/personal-data/personal-data.resolver.js';
import { InstallationOffersResolver, OfferResolver } from '../modules/installation-offers/installation-offers.resolver.js';
import { RoofDrawingResolver } from '../modules/roof-drawings/roof-drawing.resolver.js';
import { HealthResolver } from './health.resolver.js';
import { EmailTemplateResolver } from '../modules/notifications/email-template.resolver.js';
import { AutomaticActionResolver } from '../modules/automatic-actions/automatic-action.resolver.js';
import { DocumentRequestResolver, InstallationDocumentsResolver, SigningDocumentResolver } from '../modules/installation-documents/installation-documents.resolver.js';
import { ImportJobResolver } from '../modules/imports/import-job.resolver.js';

import { InstallationAdminResolver } from '../modules/installations/installation.admin.resolver.js';
import { AutomaticActionSubstateResolver, CustomerAccountInstallationsResolver } from '../modules/installations/installation-relations.resolver.js';
import { InstallationDocumentsAdminResolver } from '../modules/installation-documents/installation-documents.admin.resolver.js';
import { InstallationOffersAdminResolver } from '../modules/installation-offers/installation-offers.admin.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  HealthResolver,
  CustomerAccountResolver,
  SupplyPointResolver,
  CustomerAccountSupplyPointsResolver,
  ContractResolver,
  CustomerAccountContractsResolver,
  SupplyPointContractsResolver,
  InvoiceResolver,
  DocumentResolver,
  GenerationSettlementResolver,
  MeasurementResolver,
  SupplyPointMeasurementsResolver,
  ForecastResolver,
  DeviationResolver,
  MarketPriceResolver,
  UserResolver,
  SettingsResolver,
  ContractActivationResolver,
  CustomerAccountAdminResolver,
  CustomerAccountInstallationsResolver,
  ClientRegistrationResolver,
  AuthResolver,
  InstallationResolver,
  InstallationAdminResolver,
  InstallationDocumentsAdminResolver,
  InstallationOffersAdminResolver,
  FlowResolver,
  FlowStateResolver,
  FlowEditorResolver,
  FlowSubstateEditorResolver,
  IncidentResolver,
  IncidentReplyResolver,
  IncidentAdminResolver,
  IncidentTypeAdminResolver,
  OutboxAdminResolver,
  PersonalDataResolver,
  InstallationOffersResolver,
  OfferResolver,
  InstallationDocumentsResolver,
  DocumentRequestResolver,
  SigningDocumentResolver,
  RoofDrawingResolver,
  EmailTemplateResolver,
  AutomaticActionResolver,
  AutomaticActionSubstateResolver,
  ImportJobResolver,
];
