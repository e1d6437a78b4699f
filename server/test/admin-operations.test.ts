import { USER_TYPES } from '@portal/shared';
import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../src/app/schema.js';
import { requiredArguments, rootOperation } from './graphql-arguments.js';
import { useSolarWorld } from './solar-world.js';

/**
 * Walks every root operation with the session of a customer holding every user type: anything
 * not listed here as a customer's own must answer FORBIDDEN. A new admin operation whose rule
 * forgot `isAdmin` fails this test, whatever its name.
 */
const CUSTOMER_MUTATIONS = new Set([
  'acceptOffer',
  'changePassword',
  'confirmEmailChange',
  'createIncident',
  'markVisitViewed',
  'redeemMagicLink',
  'replyToMyIncident',
  'requestEmailChange',
  'requestSignInCode',
  'requestSignInLink',
  'restartInstallation',
  'saveRoofDrawing',
  'setPassword',
  'signIn',
  'signInWithCode',
  'signOut',
  'stopActingAs',
  'updateMyPersonalData',
  'updateMyProfile',
]);

const CUSTOMER_QUERIES = new Set([
  'contract',
  'contracts',
  'customerAccounts',
  'deviations',
  'document',
  'documents',
  'forecasts',
  'generationSettlements',
  'incident',
  'incidentTypes',
  'incidents',
  // A customer's own curve uploads (imports.rules.ts: their jobs only).
  'importJob',
  'installation',
  'installations',
  'invoice',
  'invoices',
  'marketPrices',
  'measurements',
  'myPersonalData',
  'ping',
  'roofDrawingSettings',
  'selfConsumption',
  'selfConsumptionSavings',
  'setPasswordLink',
  // The estimate of a customer's own installation (solar-estimate.rules.ts).
  'solarEstimate',
  'supplyPoint',
  'supplyPoints',
  'viewer',
]);

const world = useSolarWorld();

async function refusedToCustomer(kind: 'query' | 'mutation', root: GraphQLObjectType, allowed: Set<string>) {
  const { cookie } = await world.newCustomer({ userTypes: [...USER_TYPES] });
  const adminOnly = Object.values(root.getFields()).filter((field) => !allowed.has(field.name));
  const answers: string[] = [];
  for (const field of adminOnly) {
    const { query, variables } = rootOperation(kind, field, requiredArguments(field));
    const response = await world.api.graphql(query, variables, { cookie });
    answers.push(`${field.name}: ${String(response.errors?.[0]?.extensions?.code ?? 'ANSWERED')}`);
  }
  return { adminOnly, answers };
}

describe('a customer session cannot run any admin operation', () => {
  it('every mutation but the customer’s own answers FORBIDDEN', async () => {
    const schema = await createSchema({ permissions: false });
    const { adminOnly, answers } = await refusedToCustomer('mutation', schema.getMutationType()!, CUSTOMER_MUTATIONS);
    expect(adminOnly.length).toBeGreaterThan(20);
    expect(answers).toEqual(adminOnly.map((field) => `${field.name}: FORBIDDEN`));
  });

  it('every query but the customer’s own answers FORBIDDEN', async () => {
    const schema = await createSchema({ permissions: false });
    const { adminOnly, answers } = await refusedToCustomer('query', schema.getQueryType()!, CUSTOMER_QUERIES);
    expect(adminOnly.length).toBeGreaterThan(5);
    expect(answers).toEqual(adminOnly.map((field) => `${field.name}: FORBIDDEN`));
  });

  it('the allow-lists name only operations that exist', async () => {
    const schema = await createSchema({ permissions: false });
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    const queries = Object.keys(schema.getQueryType()!.getFields());
    expect([...CUSTOMER_MUTATIONS].filter((name) => !mutations.includes(name))).toEqual([]);
    expect([...CUSTOMER_QUERIES].filter((name) => !queries.includes(name))).toEqual([]);
  });
});
