import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';
import { OperationLabels, UNRESOLVED_OPERATION } from './operation-labels.js';

/** How many distinct operation names get a label of their own (operation-labels.ts). */
export const OPERATION_LABEL_LIMIT = 300;

// From a cached read (a few ms) to the slow end of a series over years (seconds).
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * An Apollo plugin timing every GraphQL request by operation (its `_count` is the request rate)
 * and counting errors by `extensions.code`, registered on `registry`.
 */
export function graphqlMetricsPlugin(registry: Registry): ApolloServerPlugin {
  const duration = new Histogram({
    name: 'portal_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name and type, from the start of processing to the answer',
    labelNames: ['operation', 'type'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'portal_graphql_errors_total',
    help: 'Errors in GraphQL answers, by operation name and extensions.code',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const labels = new OperationLabels(OPERATION_LABEL_LIMIT);
  return {
    // Refused while the context was built (e.g. a document over the size bound): no request listener sees it.
    async contextCreationDidFail({ error }) {
      errors.inc({ operation: UNRESOLVED_OPERATION, code: errorCodeLabel((error as { extensions?: { code?: unknown } }).extensions?.code) });
    },
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      let operation = UNRESOLVED_OPERATION;
      let type = 'none';
      return {
        async didResolveOperation({ operation: resolved }) {
          if (!resolved) return;
          operation = labels.labelOf(resolved.name?.value);
          type = resolved.operation;
        },
        async didEncounterErrors({ errors: encountered }) {
          for (const error of encountered) errors.inc({ operation, code: errorCodeLabel(error.extensions?.code) });
        },
        async willSendResponse() {
          stopTimer({ operation, type });
        },
      };
    },
  };
}

/** Codes are the server's own, but a label is never taken on trust. */
function errorCodeLabel(code: unknown): string {
  if (code === undefined) return 'INTERNAL_SERVER_ERROR';
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER';
}
