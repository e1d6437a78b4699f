import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Per-request context. `em` is a fork, so nothing leaks between requests; the viewer and its
 * row scope (fiscal IDs, CUPS restriction) are set here once per request by the access layer.
 */
export type Context = {
  em: EntityManager;
};

export function createContext(em: EntityManager): Context {
  return { em: em.fork() };
}
