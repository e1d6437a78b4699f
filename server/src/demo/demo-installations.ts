import type pg from 'pg';
import { DEFAULT_FLOW_NAME } from '../core/db/migrations/Migration20261122131500_default_flow.js';
import { DEMO_ACCOUNTS, demoUuid } from './demo-data.js';
import { insertRows } from './pg-bulk.js';

const DAY_MS = 86_400_000;

/**
 * The solar clients' installations, mid-flow in the default flow. solar@ and mixto@ share the
 * first account: a home waiting for documents and a farm building choosing between offers. The
 * second account's home is at the roof drawing, its CUPS without a curve (solar-sin-curva@).
 */
export const DEMO_INSTALLATIONS = [
  { code: 'FV-2026-0001', account: DEMO_ACCOUNTS.solarClient, address: DEMO_ACCOUNTS.solarClient.address, path: ['Registro recibido', 'Documentación del cliente'], startedDaysAgo: 12 },
  {
    code: 'FV-2026-0002',
    account: DEMO_ACCOUNTS.solarClient,
    address: 'Nave agrícola, Camino de la Vega s/n, 41930 Bormujos (Sevilla)',
    path: ['Registro recibido', 'Documentación del cliente', 'Dibujo de cubierta', 'Visita técnica', 'Revisión interna del estudio', 'Oferta compartida'],
    startedDaysAgo: 40,
  },
  {
    code: 'FV-2026-0003',
    account: DEMO_ACCOUNTS.solarNewClient,
    address: DEMO_ACCOUNTS.solarNewClient.address,
    path: ['Registro recibido', 'Documentación del cliente', 'Dibujo de cubierta'],
    startedDaysAgo: 9,
  },
] as const;

export type DemoInstallationRow = { id: string; code: string };

/** Writes the demo installations with a believable history; returns their ids for later rows. */
export async function insertDemoInstallations(conn: pg.ClientBase, now: Date): Promise<DemoInstallationRow[]> {
  const substates = await conn.query<{ id: string; internal_name: string; flow_id: string }>(
    `select s.id, s.internal_name, f.id as flow_id
       from flow_substate s join flow_state st on st.id = s.state_id join flow f on f.id = st.flow_id
      where f.name = $1`,
    [DEFAULT_FLOW_NAME],
  );
  const byName = new Map(substates.rows.map((row) => [row.internal_name, row]));
  const idOf = (name: string) => {
    const row = byName.get(name);
    if (!row) throw new Error(`The default flow has no substate '${name}'`);
    return row.id;
  };

  const installations = DEMO_INSTALLATIONS.map((demo) => ({ ...demo, id: demoUuid('installation', demo.code), createdAt: new Date(now.getTime() - demo.startedDaysAgo * DAY_MS) }));
  await insertRows(
    conn,
    'installation',
    ['id', 'code', 'account_id', 'flow_id', 'substate_id', 'address', 'created_at', 'updated_at'],
    installations.map((i) => [i.id, i.code, i.account.id, byName.get(i.path[0])!.flow_id, idOf(i.path.at(-1)!), i.address, i.createdAt.toISOString(), now.toISOString()]),
  );
  // One move every few days, from creation up to the current substate.
  await insertRows(
    conn,
    'installation_transition',
    ['id', 'installation_id', 'from_substate_id', 'to_substate_id', 'kind', 'at', 'by_user_id', 'note'],
    installations.flatMap((i) =>
      i.path.map((name, step) => [
        demoUuid('installation-transition', i.code, String(step)),
        i.id,
        step === 0 ? null : idOf(i.path[step - 1]!),
        idOf(name),
        step === 0 ? 'CREATED' : 'MOVED',
        new Date(i.createdAt.getTime() + step * 4 * DAY_MS).toISOString(),
        null,
        null,
      ]),
    ),
  );
  return installations.map(({ id, code }) => ({ id, code }));
}
