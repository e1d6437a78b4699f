import { useSyncExternalStore } from 'react';
import { requestGraphQL } from './graphql-request.js';
import { VIEWER, type SignedInViewer } from './viewer.documents.js';

// Who is signed in, as the entry knows it before the portal's code (and Apollo Client) loads.
// Once someone is signed in, the portal's Apollo cache owns the viewer until the page reloads.

export type EntrySession =
  | { phase: 'loading' }
  | { phase: 'failed'; error: unknown }
  | { phase: 'signed-out' }
  | { phase: 'signed-in'; viewer: SignedInViewer };

let session: EntrySession = { phase: 'loading' };
const watchers = new Set<() => void>();
const sessionStartListeners = new Set<() => Promise<unknown>>();

function set(next: EntrySession): void {
  session = next;
  for (const watcher of watchers) watcher();
}

/** Asks the API who is signed in (once at start, again after a retry or a sign-in). */
export async function loadEntrySession(): Promise<void> {
  try {
    const { viewer } = await requestGraphQL(VIEWER);
    set(viewer ? { phase: 'signed-in', viewer } : { phase: 'signed-out' });
  } catch (error) {
    set({ phase: 'failed', error });
  }
}

export function useEntrySession(): EntrySession {
  return useSyncExternalStore(
    (watcher) => {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    () => session,
    () => session,
  );
}

/** Apollo Client, once loaded, forgets what it cached for the previous user at each session start. */
export function onSessionStart(listener: () => Promise<unknown>): void {
  sessionStartListeners.add(listener);
}

/** After signing in or out: nothing cached for the previous user survives; the viewer is read again. */
export async function startSession(): Promise<void> {
  // Before the portal has rendered, Apollo Client (even if already fetched) has cached nothing:
  // resetting it then would race the portal's first queries.
  if (session.phase !== 'signed-in') return loadEntrySession();
  await Promise.all([...sessionStartListeners].map((listener) => listener()));
}
