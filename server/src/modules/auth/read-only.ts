import type { NextFunction, Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { IMiddlewareTypeMap } from 'graphql-middleware';
import type { AppDeps, Context, Viewer } from '../../core/context.js';
import { ErrorCode, ForbiddenError } from '../../core/errors.js';

// "Act as this customer" is a read-only view: while an admin's session acts as a customer,
// every mutation but these answers FORBIDDEN, and so does every upload endpoint. Enforced here,
// once for the whole API (shield.ts applies the middleware before the rules; http.ts mounts
// the upload guard), not by each resolver.

/** What a read-only (acting) session may still do. */
export const ALLOWED_WHILE_ACTING: ReadonlySet<string> = new Set(['stopActingAs', 'signOut']);

export const READ_ONLY_REASON = 'ACTING_READ_ONLY';

export function isActing(viewer: Viewer | null | undefined): boolean {
  return Boolean(viewer?.actingAdmin);
}

export function readOnlyError(): ForbiddenError {
  return new ForbiddenError(READ_ONLY_REASON, 'You are viewing the portal as a customer: it is read-only.');
}

/** graphql-middleware for every field of the schema's mutation type: refused while acting, unless allowed above. */
export function readOnlyWhileActing(schema: GraphQLSchema): IMiddlewareTypeMap<unknown, Context> {
  const mutation = schema.getMutationType();
  if (!mutation) return {};
  return {
    [mutation.name]: (resolve, parent, args, ctx, info) => {
      if (isActing(ctx.viewer) && !ALLOWED_WHILE_ACTING.has(info.fieldName)) throw readOnlyError();
      return resolve(parent, args, ctx, info);
    },
  };
}

/**
 * Express middleware for the upload prefix (POST and DELETE /uploads/…): 403 while acting, before
 * the body is read (drained so the client reads the answer). Downloads are GETs and pass.
 */
export function refuseUploadsWhileActing(deps: AppDeps) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    deps.viewerOf(req).then(
      (viewer) => {
        if (!isActing(viewer)) return next();
        req.resume();
        res.set('Cache-Control', 'private, no-store');
        res.status(403).json({ error: ErrorCode.FORBIDDEN, reason: READ_ONLY_REASON });
      },
      (error: unknown) => next(error),
    );
  };
}
