import { Contract } from '../../modules/contracts/contract.entity.js';
import { CustomerAccount } from '../../modules/customers/customer-account.entity.js';
import { Document } from '../../modules/documents/document.entity.js';
import { Forecast } from '../../modules/forecasts/forecast.entity.js';
import { GenerationSettlement } from '../../modules/generation-settlements/generation-settlement.entity.js';
import { Invoice } from '../../modules/invoices/invoice.entity.js';
import { MarketPrice } from '../../modules/matching-prices/market-price.entity.js';
import { Measurement } from '../../modules/measurements/measurement.entity.js';
import { SupplyPoint } from '../../modules/supply-points/supply-point.entity.js';
import { AuthAttempt } from '../../modules/auth/auth-attempt.entity.js';
import { Session } from '../../modules/auth/session.entity.js';
import { SignInCode } from '../../modules/auth/sign-in-code.entity.js';
import { RequestedSignInCode } from '../../modules/auth/sign-in-code-request.entity.js';
import { SignInToken } from '../../modules/auth/sign-in-token.entity.js';
import { EmailTemplate } from '../../modules/notifications/email-template.entity.js';
import { OutboxEmail } from '../../modules/notifications/outbox-email.entity.js';
import { PortalEventAction } from '../../modules/notifications/portal-event-action.entity.js';
import { PortalSettings } from '../../modules/settings/portal-settings.entity.js';
import { User } from '../../modules/users/user.entity.js';
import { AppMeta } from './app-meta.entity.js';
import { AutomaticAction } from '../../modules/automatic-actions/automatic-action.entity.js';
import { Flow, FlowState, FlowSubstate } from '../../modules/installations/flow.entity.js';
import { Installation, InstallationTransition } from '../../modules/installations/installation.entity.js';
import { Incident, IncidentReply, IncidentType } from '../../modules/incidents/incident.entity.js';
import { EmailChangeToken } from '../../modules/personal-data/email-change-token.entity.js';
import { InstallerVisit, Offer } from '../../modules/installation-offers/installation-offers.entity.js';
import { DocumentRequest, SigningDocument } from '../../modules/installation-documents/installation-document.entity.js';
import { RoofDrawing } from '../../modules/roof-drawings/roof-drawing.entity.js';
import { AdminAuditEntry } from '../../modules/auth/admin-audit.entity.js';
import { ImportJob } from '../../modules/imports/import-job.entity.js';

/** Every entity, listed explicitly: no folder scanning, so tsx, vitest and dist behave alike. */
export const ENTITIES = [
  AppMeta,
  CustomerAccount,
  SupplyPoint,
  Contract,
  Document,
  Invoice,
  Measurement,
  Forecast,
  GenerationSettlement,
  MarketPrice,
  User,
  Session,
  SignInToken,
  SignInCode,
  RequestedSignInCode,
  AuthAttempt,
  OutboxEmail,
  EmailTemplate,
  PortalEventAction,
  PortalSettings,
  Flow,
  FlowState,
  FlowSubstate,
  Installation,
  InstallationTransition,
  IncidentType,
  Incident,
  IncidentReply,
  EmailChangeToken,
  Offer,
  InstallerVisit,
  DocumentRequest,
  AutomaticAction,
  SigningDocument,
  RoofDrawing,
  AdminAuditEntry,
  ImportJob,
];
