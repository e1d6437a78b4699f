import type { Section } from '@portal/shared';
import type { Request, Response } from 'express';
import type { AppDeps, Context, Viewer } from '../context.js';
import { isId } from '../graphql/id-argument.js';

/** One body for "no such id", "not yours" and "not your section": out of scope looks like absent. */
export const NOT_FOUND_BODY = { error: 'NOT_FOUND' } as const;

/**
 * The start of every non-GraphQL route that reaches one row by id (/files, /uploads, the visit
 * calendar): no caching, the same viewer and row-scoped `em` as /graphql, 401 without a session,
 * and 404 without `section` or for a malformed id. Null when it has answered (through `answer`,
 * which an upload uses to drain the body first); otherwise the context and the lower-case id.
 */
export async function rowRouteContext(
  deps: AppDeps,
  req: Request,
  res: Response,
  options: { section: Section; id: string; answer?: (status: number, body: object) => void },
): Promise<(Context & { viewer: Viewer; id: string }) | null> {
  const answer = options.answer ?? ((status, body) => void res.status(status).json(body));
  res.set('Cache-Control', 'private, no-store');
  const context = await deps.contextOf(req, res);
  const { viewer } = context;
  if (!viewer) {
    answer(401, { error: 'UNAUTHENTICATED' });
    return null;
  }
  if (!viewer.sections.includes(options.section) || !isId(options.id)) {
    answer(404, NOT_FOUND_BODY);
    return null;
  }
  return { ...context, viewer, id: options.id.toLowerCase() };
}
