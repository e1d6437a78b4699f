import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewerQuery } from '../__generated__/graphql.js';
import { apolloClient } from './apollo.js';
import { loadEntrySession, startSession } from './session.js';
import { SUPPLY_POINTS } from './supply-points.js';
import { VIEWER } from './viewer.documents.js';

// As the cache stores it, with its __typename (VIEWER asks for it).
const ANA = { __typename: 'Viewer' as const, id: 'u1', email: 'ana@example.com', name: 'Ana', language: 'ES' as const, sections: ['INVOICES' as const], isAdmin: false };
const SIGNED_IN: ViewerQuery = { viewer: ANA };

/** The API answering every request with one error of this code. */
function apiAnswers(code: string) {
  const body = JSON.stringify({ data: null, errors: [{ message: code, extensions: { code } }] });
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' } })));
}

const cachedViewer = () => apolloClient.readQuery({ query: VIEWER })?.viewer;

describe('the session kept by the Apollo client', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await apolloClient.clearStore();
  });

  it('forgets the viewer when any query answers UNAUTHENTICATED (the session ended)', async () => {
    apolloClient.writeQuery({ query: VIEWER, data: SIGNED_IN });
    apiAnswers('UNAUTHENTICATED');
    await expect(apolloClient.query({ query: SUPPLY_POINTS })).rejects.toThrow('UNAUTHENTICATED');
    expect(cachedViewer()).toBeNull();
  });

  it('keeps the viewer for other errors', async () => {
    apolloClient.writeQuery({ query: VIEWER, data: SIGNED_IN });
    apiAnswers('FORBIDDEN');
    await expect(apolloClient.query({ query: SUPPLY_POINTS })).rejects.toThrow('FORBIDDEN');
    expect(cachedViewer()).toEqual(SIGNED_IN.viewer);
  });

  it('starts a session with nothing cached for the previous user', async () => {
    // Someone is signed in, so the portal (and this client) own the session.
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ data: SIGNED_IN })));
    await loadEntrySession();
    apolloClient.writeQuery({ query: VIEWER, data: SIGNED_IN });
    await startSession();
    expect(apolloClient.readQuery({ query: VIEWER })).toBeNull();
  });
});
