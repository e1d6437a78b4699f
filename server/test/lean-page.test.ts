import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createAccount, createContract, createInvoice, createSupplyPoint, validDni } from './factories.js';
import { Contract, ContractStatus } from '../src/modules/contracts/contract.entity.js';
import { Invoice, InvoiceStatus } from '../src/modules/invoices/invoice.entity.js';
import { addCondition, addScope, conditions } from '../src/core/db/lean-sql.js';
import { scopedEntityManager, type CustomerScope } from '../src/core/permissions/row-scope.js';
import { leanPaginate } from '../src/core/graphql/lean-page.js';
import { paginate, type Page } from '../src/core/graphql/pagination.js';

// The lean lists must page exactly as the ORM's paginate did: same rows, order, cursors,
// hasNextPage and totalCount, cursors of one taken by the other, and nothing outside the scope.

let db: TestDatabase;
let scope: CustomerScope;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const mine = await createAccount(em, { fiscalId: validDni(30_000_001), fiscalIdKind: 'DNI' });
  const theirs = await createAccount(em, { fiscalId: validDni(30_000_002), fiscalIdKind: 'DNI' });
  const supplyPoints = [await createSupplyPoint(em, mine), await createSupplyPoint(em, mine), await createSupplyPoint(em, theirs)];
  for (const [i, supplyPoint] of supplyPoints.entries()) {
    // Contracts sharing start dates (ties broken by id, ascending); invoices sharing issue dates (by number, descending).
    const contract = await createContract(em, supplyPoint, { startDate: i === 1 ? '2025-06-01' : '2025-01-01' });
    // A supply point has one active contract at a time: the second is a draft.
    await createContract(em, supplyPoint, { startDate: '2025-01-01', status: ContractStatus.DRAFT });
    for (let month = 1; month <= 5; month++) {
      await createInvoice(em, contract, { issueDate: `2026-0${Math.min(month, 3)}-03`, status: month % 2 ? InvoiceStatus.PAID : InvoiceStatus.ISSUED });
    }
  }
  scope = { kind: 'customer', accountIds: [mine.id], supplyPointIds: [supplyPoints[0]!.id, supplyPoints[1]!.id] };
});

afterAll(async () => {
  await db?.drop();
});

const both = { rows: true, count: true };

/** Every page of a list, walking endCursor, as [ids, endCursor, hasNextPage, totalCount] per page. */
async function walk<T extends { id: string }>(pageOf: (after: string | null) => Promise<Page<T>>) {
  const pages: unknown[] = [];
  for (let after: string | null = null; ; ) {
    const page: Page<T> = await pageOf(after);
    pages.push([page.nodes.map((node) => node.id), page.pageInfo.endCursor, page.pageInfo.hasNextPage, page.totalCount]);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
}

describe('leanPaginate pages as paginate does', () => {
  for (const first of [1, 3, 20]) {
    it(`invoices, PAID, ${first} per page`, async () => {
      const em = scopedEntityManager(db.orm.em, scope);
      const where = addCondition(addScope(conditions(), scope, { accountId: 't.account_id', supplyPointId: 't.supply_point_id' }), 't.status = ?', 'PAID');
      const orderBy = { issueDate: 'desc', number: 'desc' } as const;
      const lean = await walk((after) => leanPaginate(em, Invoice, { from: 'invoice t', where }, orderBy, { first, after }, both));
      const orm = await walk((after) => paginate(em, Invoice, { status: InvoiceStatus.PAID }, orderBy, { first, after }, both));
      expect(lean).toEqual(orm);
      expect((lean.at(-1) as [string[], string, boolean, number])[3]).toBe(6); // 3 PAID of 5 on each of my 2 CUPS
    });

    it(`contracts, ${first} per page (mixed directions)`, async () => {
      const em = scopedEntityManager(db.orm.em, scope);
      const where = addScope(conditions(), scope, { accountId: 't.account_id', supplyPointId: 't.supply_point_id' });
      const orderBy = { startDate: 'desc', id: 'asc' } as const;
      const lean = await walk((after) => leanPaginate(em, Contract, { from: 'contract t', where }, orderBy, { first, after }, both));
      const orm = await walk((after) => paginate(em, Contract, {}, orderBy, { first, after }, both));
      expect(lean).toEqual(orm);
      expect((lean.at(-1) as [string[], string, boolean, number])[3]).toBe(4);
    });
  }

  it('takes only what is asked: a count alone, or rows alone', async () => {
    const em = scopedEntityManager(db.orm.em, scope);
    const where = addScope(conditions(), scope, { accountId: 't.account_id', supplyPointId: 't.supply_point_id' });
    const list = { from: 'invoice t', where };
    const orderBy = { issueDate: 'desc', number: 'desc' } as const;
    const counted = await leanPaginate(em, Invoice, list, orderBy, { first: 2 }, { rows: false, count: true });
    const listed = await leanPaginate(em, Invoice, list, orderBy, { first: 2 }, { rows: true, count: false });
    expect(counted).toMatchObject({ nodes: [], totalCount: 10 });
    expect(listed.nodes).toHaveLength(2);
    expect(listed.pageInfo.hasNextPage).toBe(true);
    // Plain objects of the entity's shape, their relations references the field resolvers load.
    expect(listed.nodes[0]).not.toBeInstanceOf(Invoice);
    expect(listed.nodes[0]!.supplyPoint.id).toBe(scope.supplyPointIds[1]);
  });

  it('an empty scope sees no row, and an empty page still counts', async () => {
    const none: CustomerScope = { kind: 'customer', accountIds: [], supplyPointIds: [] };
    const em = scopedEntityManager(db.orm.em, none);
    const where = addScope(conditions(), none, { accountId: 't.account_id', supplyPointId: 't.supply_point_id' });
    const page = await leanPaginate(em, Invoice, { from: 'invoice t', where }, { issueDate: 'desc', number: 'desc' }, { first: 5 }, both);
    expect(page).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });
});
