import type pg from 'pg';
import { addMonths, firstOfMonth } from '@portal/shared';
import { DEMO_ACCOUNTS, DEMO_PRODUCTS, DEMO_SUPPLY_POINTS, demoUuid } from './demo-data.js';
import { insertRows } from './pg-bulk.js';

/**
 * A contract waiting for activation (admin accounts screen): Marco Rossi's change to the flat
 * product from next month, still DRAFT. No portal user has his billing e-mail (nor sees his
 * account), so activating it with automatic user creation on creates and welcomes one.
 */
export const DEMO_DRAFT_CONTRACT = {
  id: demoUuid('contract', 'personNieHome', 'draft'),
  code: 'CT-2026-900001',
  account: DEMO_ACCOUNTS.personNie,
  point: DEMO_SUPPLY_POINTS.personNieHome,
} as const;

export async function insertDemoDraftContract(conn: pg.ClientBase, todayLocal: string, now: Date): Promise<void> {
  const d = DEMO_DRAFT_CONTRACT;
  await insertRows(
    conn,
    'contract',
    ['id', 'code', 'account_id', 'supply_point_id', 'access_tariff', 'contracted_power_kw', 'product_name', 'start_date', 'end_date', 'status', 'activated_at', 'created_at'],
    [[d.id, d.code, d.account.id, d.point.id, d.point.accessTariff, JSON.stringify({ P1: '4.600', P2: '4.600' }), DEMO_PRODUCTS.flat.name, addMonths(firstOfMonth(todayLocal), 1), null, 'DRAFT', null, now.toISOString()]],
  );
}
