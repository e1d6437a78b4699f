import { beforeAll, describe, expect, it } from 'vitest';
import { signInCookie, useTestApi } from '../../../test/api.js';
import { createAccount, createAdmin, createContract, createSupplyPoint, createUser } from '../../../test/factories.js';
import { ALL_ROWS, scopedEntityManager } from '../../core/permissions/row-scope.js';
import { Contract } from './contract.entity.js';

const { db, api } = useTestApi();
let adminCookie: string;
let customerCookie: string;
let contract: Contract;

const em = () => scopedEntityManager(db.orm.em, ALL_ROWS);

beforeAll(async () => {
  adminCookie = await signInCookie(db.orm, await createAdmin(db.orm.em.fork()));
  const fork = em();
  const account = await createAccount(fork);
  contract = await createContract(fork, await createSupplyPoint(fork, account));
  // A customer of this very contract: seeing its prices is not setting them.
  customerCookie = await signInCookie(db.orm, await createUser(fork, { userTypes: ['WEB_CLIENT'], personalFiscalId: account.fiscalId, personalFiscalIdKind: 'DNI' }));
});

const SET = /* GraphQL */ `mutation ($id: ID!, $input: ContractPricesInput!) {
  setContractPrices(id: $id, input: $input) { id energyPrices { period price } compensationPrice }
}`;

const set = <T = any>(input: unknown, cookie = adminCookie, id = contract.id) => api.graphql<T>(SET, { id, input }, { cookie });

async function stored() {
  const row = await em().findOneOrFail(Contract, { id: contract.id });
  return { energyPrices: row.energyPrices, compensationPrice: row.compensationPrice };
}

describe('setContractPrices', () => {
  it('stores the prices per period of the tariff and the compensation price, and answers them P1 first', async () => {
    const res = await set({ energyPrices: [{ period: 'P3', price: '0.0815' }, { period: 'P1', price: '0.189500' }, { period: 'P2', price: '0.121' }], compensationPrice: '0.06' });
    expect(res.errors).toBeUndefined();
    expect(res.data.setContractPrices).toEqual({
      id: contract.id,
      energyPrices: [{ period: 'P1', price: '0.189500' }, { period: 'P2', price: '0.121000' }, { period: 'P3', price: '0.081500' }],
      compensationPrice: '0.060000',
    });
    expect(await stored()).toEqual({ energyPrices: { P1: '0.189500', P2: '0.121000', P3: '0.081500' }, compensationPrice: '0.060000' });
  });

  it('clears what is left out: no energy prices, compensation at the market price', async () => {
    const res = await set({ energyPrices: [], compensationPrice: null });
    expect(res.errors).toBeUndefined();
    expect(res.data.setContractPrices).toMatchObject({ energyPrices: [], compensationPrice: null });
    expect(await stored()).toEqual({ energyPrices: null, compensationPrice: null });
  });

  it.each([
    ['a period the tariff does not have', { energyPrices: [{ period: 'P4', price: '0.1' }], compensationPrice: null }, 'input.energyPrices.P4', 'UNKNOWN_PERIOD'],
    ['a period twice', { energyPrices: [{ period: 'P1', price: '0.1' }, { period: 'P1', price: '0.2' }], compensationPrice: null }, 'input.energyPrices.P1', 'DUPLICATE_PERIOD'],
    ['a decimal comma', { energyPrices: [{ period: 'P2', price: '0,12' }], compensationPrice: null }, 'input.energyPrices.P2', 'INVALID_PRICE'],
    ['a negative price', { energyPrices: [], compensationPrice: '-0.05' }, 'input.compensationPrice', 'INVALID_PRICE'],
    ['a €/MWh figure', { energyPrices: [{ period: 'P1', price: '189.5' }], compensationPrice: null }, 'input.energyPrices.P1', 'PRICE_TOO_HIGH'],
  ])('refuses %s, naming the field and why, and changes nothing', async (_case, input, argument, reason) => {
    await set({ energyPrices: [{ period: 'P1', price: '0.15' }], compensationPrice: '0.05' });
    const before = await stored();
    const res = await set(input);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, reason });
    expect(await stored()).toEqual(before);
  });

  it('answers an unknown contract as not found', async () => {
    const res = await set({ energyPrices: [], compensationPrice: null }, adminCookie, '00000000-0000-4000-8000-000000000000');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
  });

  it('is for admins only: the contract’s own customer is refused and nothing changes', async () => {
    const before = await stored();
    const res = await set({ energyPrices: [{ period: 'P1', price: '0.3' }], compensationPrice: null }, customerCookie);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
  });
});
