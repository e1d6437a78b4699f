// What a client sees when a field is denied: the field answers null and `errors` carries an entry
// at that path with extensions.code FORBIDDEN (UNAUTHENTICATED when signed out). As everywhere in
// GraphQL, a null in a non-null field nulls its nearest nullable parent, up to `data` itself for a
// non-null root field (contracts, invoices…). So the SPA only asks for what viewer.sections allows,
// and uses errorPolicy 'all' where a field can still be denied. Out-of-scope rows are not denied
// but absent (row-scope.ts): denial says "not your section", never "this row exists".
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { healthRules } from '../../app/health.rules.js';
import { contractRules } from '../../modules/contracts/contract.rules.js';
import { customerAccountRules } from '../../modules/customers/customer-account.rules.js';
import { documentRules } from '../../modules/documents/document.rules.js';
import { forecastRules } from '../../modules/forecasts/forecast.rules.js';
import { generationSettlementRules } from '../../modules/generation-settlements/generation-settlement.rules.js';
import { invoiceRules } from '../../modules/invoices/invoice.rules.js';
import { marketPriceRules } from '../../modules/matching-prices/market-price.rules.js';
import { measurementRules } from '../../modules/measurements/measurement.rules.js';
import { supplyPointRules } from '../../modules/supply-points/supply-point.rules.js';
import { usersRules } from '../../modules/user-admin/users.rules.js';
import { settingsRules } from '../../modules/settings/settings.rules.js';
import { contractActivationRules } from '../../modules/contracts/contract-activation.rules.js';
import { customerAccountAdminRules } from '../../modules/customers/customer-account.admin.rules.js';
import { clientRegistrationRules } from '../../modules/client-registration/client-registration.rules.js';
import { authRules } from '../../modules/auth/auth.rules.js';
import { installationRules } from '../../modules/installations/installation.rules.js';
import { flowEditorRules } from '../../modules/installations/flow-editor.rules.js';
import { incidentRules } from '../../modules/incidents/incident.rules.js';
import { outboxAdminRules } from '../../modules/notifications/outbox.admin.rules.js';
import { personalDataRules } from '../../modules/personal-data/personal-data.rules.js';
import { installationOffersRules } from '../../modules/installation-offers/installation-offers.rules.js';
import { roofDrawingRules } from '../../modules/roof-drawings/roof-drawing.rules.js';
import { paginationRules } from './pagination.rules.js';
import { emailTemplateRules } from '../../modules/notifications/email-template.rules.js';
import { automaticActionRules } from '../../modules/automatic-actions/automatic-action.rules.js';
import type { Context } from '../../app/context.js';
import { readOnlyWhileActing } from '../../modules/auth/read-only.js';
import { unwrapRedundantChecks } from './redundant-checks.js';
import { forbidden, unauthenticated, type RuleTree } from './rules.js';
import { installationDocumentsRules } from '../../modules/installation-documents/installation-documents.rules.js';
import { importsRules } from '../../modules/imports/imports.rules.js';

import { installationAdminRules } from '../../modules/installations/installation.admin.rules.js';
import { installationDocumentsAdminRules } from '../../modules/installation-documents/installation-documents.admin.rules.js';
import { installationOffersAdminRules } from '../../modules/installation-offers/installation-offers.admin.rules.js';

/** Every module's rules; a field no tree names is denied (fallbackRule). */
const RULE_TREES: RuleTree[] = [
  healthRules,
  paginationRules,
  customerAccountRules,
  supplyPointRules,
  contractRules,
  invoiceRules,
  documentRules,
  generationSettlementRules,
  measurementRules,
  forecastRules,
  marketPriceRules,
  usersRules,
  settingsRules,
  contractActivationRules,
  customerAccountAdminRules,
  clientRegistrationRules,
  authRules,
  installationRules,
  installationAdminRules,
  installationDocumentsAdminRules,
  installationOffersAdminRules,
  flowEditorRules,
  incidentRules,
  outboxAdminRules,
  personalDataRules,
  installationOffersRules,
  installationDocumentsRules,
  roofDrawingRules,
  emailTemplateRules,
  automaticActionRules,
  importsRules,
];

/** Merges the modules' trees; two modules ruling the same field is a mistake, not an override. */
export function mergeRuleTrees(trees: RuleTree[]): RuleTree {
  const merged: RuleTree = {};
  for (const tree of trees) {
    for (const [typeName, fields] of Object.entries(tree)) {
      const target = (merged[typeName] ??= {});
      for (const [field, fieldRule] of Object.entries(fields)) {
        if (target[field]) throw new Error(`Two rules for ${typeName}.${field}`);
        target[field] = fieldRule;
      }
    }
  }
  return merged;
}

export const RULES = mergeRuleTrees(RULE_TREES);

/**
 * Deny unless a rule allows. Errors thrown by resolvers pass through as they are
 * (allowExternalErrors), so a database fault is never reported as FORBIDDEN. Rules only read
 * the context (viewer, sections), cached once per request: no per-field queries. Checks that
 * cannot change the answer are taken off again (redundant-checks.ts).
 */
export function withPermissions(schema: GraphQLSchema, rules: RuleTree = RULES): GraphQLSchema {
  const secured = applyMiddleware(
    schema,
    readOnlyWhileActing(schema),
    shield(rules, { fallbackRule: deny, allowExternalErrors: true, fallbackError: deniedError, debug: false }),
  );
  unwrapRedundantChecks(secured, schema, rules, deny);
  return secured;
}

/** For `deny` (a field no rule names): the same codes as the rules give. */
function deniedError(_error: unknown, _parent: unknown, _args: unknown, ctx: object): Error {
  return (ctx as Partial<Context>).viewer ? forbidden() : unauthenticated();
}
