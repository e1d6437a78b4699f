import pino, { type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-context.js';

// The server's one logger. JSON lines in production (for a log collector); one readable line
// per entry elsewhere (a person reads the terminal). A line written during a request carries its
// `requestId`. Secrets never reach it: request bodies are never logged, errors keep only their
// type, message, stack and cause (an error's other fields can hold the raw body, as body-parser's
// do), and the fields below are censored wherever a caller puts them, up to two levels deep.

export type { Logger };

/** Keys whose values are secrets or carry them (GraphQL `variables` hold passwords and codes). */
export const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'code',
  'sessionId',
  'cookie',
  'authorization',
  'set-cookie',
  'variables',
  'body',
  'sealedBody',
  'secretKey',
  'smtpUrl',
  'databaseUrl',
  'secretAccessKey',
  // S3 keys (config.objectStorage.credentials sits deeper than the two levels censored by name).
  'credentials',
  'databaseReplicaUrl',
  'metricsToken',
] as const;

const REDACT_PATHS = SECRET_KEYS.map((key) => `["${key}"]`).flatMap((key) => [key, `*${key}`, `*.*${key}`]);

type SerializedError = { type: string; message: string; stack?: string; errorCode?: string; cause?: SerializedError };

/**
 * Errors by an allow-list: pino's standard serializer copies every own field, and body-parser's
 * errors carry the raw request body in one. `code` is renamed errorCode: `code` is censored.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.constructor?.name ?? 'Error',
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(typeof code === 'string' || typeof code === 'number' ? { errorCode: String(code) } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}

/** A logger writing to `destination`: JSON lines, censored, errors by serializeError. */
export function createLogger(destination: DestinationStream, options: { level?: string } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      // Every line written while a request runs names it (request-context.ts validated the id).
      mixin: () => {
        const requestId = currentRequestId();
        return requestId === undefined ? {} : { requestId };
      },
    },
    destination,
  );
}

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** Development: `12:04:05 WARN message {fields}` and an error's stack below it. */
export function readableLines(out: { write(text: string): unknown }): DestinationStream {
  return {
    write(line: string) {
      try {
        const { level, time, msg, pid: _pid, hostname: _hostname, err, ...fields } = JSON.parse(line) as Record<string, unknown>;
        const clock = new Date(time as number).toTimeString().slice(0, 8);
        const rest = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
        const error = err as SerializedError | undefined;
        const detail = error ? `\n  ${error.stack ?? `${error.type}: ${error.message}`}`.replace(/\n/g, '\n  ') : '';
        out.write(`${clock} ${LEVEL_NAMES[level as number] ?? level} ${msg ?? ''}${rest}${detail}\n`);
      } catch {
        out.write(line);
      }
    },
  };
}

// Where the process-wide logger writes; tests swap it (captureLog) to read what was logged.
let destination: DestinationStream =
  process.env.NODE_ENV === 'production' ? process.stdout : readableLines(process.stdout);

/** The process-wide logger: every runtime path of the server logs through it. */
export const log: Logger = createLogger({ write: (line: string) => destination.write(line) });

/** Tests: send the process-wide log (JSON lines) to `stream` until the returned function is called. */
export function captureLog(stream: DestinationStream): () => void {
  const previous = destination;
  destination = stream;
  return () => {
    destination = previous;
  };
}
