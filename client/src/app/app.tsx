import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { SECTIONS } from '@portal/shared';

const PING = gql`
  query Ping {
    ping
  }
`;

/** Placeholder home until the portal screens land: shows that the SPA reaches the API. */
export function App() {
  const { data, loading, error } = useQuery<{ ping: string }>(PING);
  const status = loading ? 'Conectando…' : error ? 'Sin conexión con el servidor' : data?.ping === 'ok' ? 'Conectado' : '—';
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '4rem auto', padding: '0 1rem' }}>
      <h1>Portal de clientes</h1>
      <p>
        Estado de la API: <strong role="status">{status}</strong>
      </p>
      <p>Secciones del portal: {SECTIONS.length}</p>
    </main>
  );
}
