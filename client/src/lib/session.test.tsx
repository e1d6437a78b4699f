import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewerQuery } from '../__generated__/graphql.js';
import { errorMessageKey } from './errors.js';
import { requestGraphQL } from './graphql-request.js';
import { loadEntrySession, startSession, useEntrySession } from './session.js';
import { SIGN_OUT } from './viewer.documents.js';

const ANA: ViewerQuery = {
  viewer: { __typename: 'Viewer', id: 'u1', email: 'ana@example.com', name: 'Ana', language: 'ES', sections: ['INVOICES'], isAdmin: false },
};

/** The API answering each request with the next of these bodies (and HTTP status), recording what was sent. */
function apiAnswers(...answers: { body: unknown; status?: number }[]) {
  const sent: { query: string; variables: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)) as { query: string; variables: unknown });
      const { body, status = 200 } = answers.shift()!;
      return Response.json(body, { status });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestGraphQL (the screens before sign-in, without Apollo Client)', () => {
  it('sends the document as text and answers its data', async () => {
    const sent = apiAnswers({ body: { data: { signOut: true } } });
    expect(await requestGraphQL(SIGN_OUT)).toEqual({ signOut: true });
    expect(sent[0]!.query).toMatch(/^mutation SignOut \{\s+signOut\s+\}$/);
  });

  it('an answer with errors (HTTP 400 too) rejects the way Apollo Client does, so errors translate alike', async () => {
    const body = { data: null, errors: [{ message: 'wrong', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_CREDENTIALS' } }] };
    apiAnswers({ body, status: 400 });
    const error: unknown = await requestGraphQL(SIGN_OUT).catch((rejected: unknown) => rejected);
    expect(errorMessageKey(error)).toBe('error.INVALID_CREDENTIALS');
  });

  it('an answer without data or errors is a network problem', async () => {
    apiAnswers({ body: { message: 'bad gateway' }, status: 502 });
    const error: unknown = await requestGraphQL(SIGN_OUT).catch((rejected: unknown) => rejected);
    expect(errorMessageKey(error)).toBe('error.network');
  });
});

describe('the entry session', () => {
  function Phase() {
    const session = useEntrySession();
    return <>{session.phase === 'signed-in' ? `signed-in:${session.viewer.name}` : session.phase}</>;
  }

  it('signed out, then read again after signing in; once signed in the portal owns it', async () => {
    const sent = apiAnswers({ body: { data: { viewer: null } } }, { body: { data: ANA } });
    await loadEntrySession();
    expect(renderToString(<Phase />)).toBe('signed-out');
    await startSession();
    expect(renderToString(<Phase />)).toBe('signed-in:Ana');
    expect(sent.map(({ query }) => query.split(' ')[1])).toEqual(['Viewer', 'Viewer']);
    // Signed in: startSession is Apollo Client's reset (none loaded here), not another entry read.
    await startSession();
    expect(sent).toHaveLength(2);
  });

  it('a failed read is shown as failed (the entry offers a retry)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    await loadEntrySession();
    expect(renderToString(<Phase />)).toBe('failed');
  });
});
