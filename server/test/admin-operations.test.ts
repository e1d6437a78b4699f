import { USER_TYPES } from '@portal/shared';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../src/app/schema.js';
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
  'requestEmailChange',
  'requestSignInCode',
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
  'installation',
  'installations',
  'invoice',
  'invoices',
  'marketPrices',
  'measurements',
  'myPersonalData',
  'ping',
  'roofDrawingSettings',
  'supplyPoint',
  'supplyPoints',
  'viewer',
]);

const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2026-01-01',
  DateTime: '2026-01-01T00:00:00.000Z',
  DateTimeISO: '2026-01-01T00:00:00.000Z',
  Decimal: '1',
};

/** A value GraphQL accepts for `type` (required fields only), so only the rule can refuse. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  const value = SCALAR_SAMPLES[type.name];
  if (value === undefined) throw new Error(`No sample value for scalar ${type.name}: add one`);
  return value;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, sample(arg.type)]));
  const declared = field.args.filter((arg) => arg.name in variables);
  const header = declared.length ? `(${declared.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ')})` : '';
  const args = declared.length ? `(${declared.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return { query: `${kind} Walk${header} { ${field.name}${args}${selection} }`, variables };
}

const world = useSolarWorld();

async function refusedToCustomer(kind: 'query' | 'mutation', root: GraphQLObjectType, allowed: Set<string>) {
  const { cookie } = await world.newCustomer({ userTypes: [...USER_TYPES] });
  const adminOnly = Object.values(root.getFields()).filter((field) => !allowed.has(field.name));
  const answers: string[] = [];
  for (const field of adminOnly) {
    const { query, variables } = operation(kind, field);
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
