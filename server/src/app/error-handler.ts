import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../core/log.js';

// Express's default error handler answers with the error's message and stack, and logs them;
// a malformed JSON body's message quotes the body (passwords included). This one answers every
// error with a GraphQL-shaped JSON body that echoes nothing, and logs without the body.

/** body-parser's errors say what went wrong in `type` (entity.parse.failed…) and carry `status`. */
type BodyError = Error & { type: string; status: number };

function isBodyError(error: unknown): error is BodyError {
  return (
    error instanceof Error &&
    typeof (error as Partial<BodyError>).type === 'string' &&
    typeof (error as Partial<BodyError>).status === 'number' &&
    (error as BodyError).status >= 400 &&
    (error as BodyError).status < 500
  );
}

const BODY_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
  'encoding.unsupported': 'The request body has an unsupported content encoding.',
  'charset.unsupported': 'The request body has an unsupported charset.',
};

export function answerErrors(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    // Part of the answer is out: only Express's handler can end it (it closes the connection).
    if (res.headersSent) return next(error);
    const where = { method: req.method, path: req.path };
    if (isBodyError(error)) {
      // The message may quote the body (V8: `Unexpected token 'H', ..."password":Hunter2"...`): only the type is logged.
      log.info({ ...where, status: error.status, reason: error.type }, 'Request body refused');
      res.status(error.status).json({
        errors: [{ message: BODY_MESSAGES[error.type] ?? 'The request body could not be read.', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
    log.error({ ...where, err: error }, 'Request failed');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
}
