import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '../../core/errors.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { paginate, type Page, type PageArgs } from '../../core/graphql/pagination.js';
import { OutboxEmail, OutboxStatus } from './outbox-email.entity.js';
import type { OutboxEmailFilter, OutboxEmailView } from './outbox.admin.types.js';
import { containsPattern } from '../../core/db/like-pattern.js';

export function outboxEmailView(message: OutboxEmail): OutboxEmailView {
  // Whatever its state: a pending sign-in code shown here would let an admin sign in as the customer.
  const redacted = message.carriesSecret;
  return {
    id: message.id,
    to: message.to,
    subject: message.subject,
    templateKey: message.templateKey,
    status: message.status,
    attempts: message.attempts,
    lastError: message.lastError,
    createdAt: message.createdAt,
    nextAttemptAt: message.nextAttemptAt,
    sentAt: message.sentAt,
    redacted,
    text: redacted ? null : message.text,
    html: redacted ? null : message.html,
  };
}

/** The sent e-mail log, newest first. */
export async function searchOutbox(
  em: EntityManager,
  filter: OutboxEmailFilter | null | undefined,
  page: PageArgs,
): Promise<Page<OutboxEmailView>> {
  const where: FilterQuery<OutboxEmail> = {};
  if (filter?.status) where.status = filter.status;
  const term = filter?.search?.trim();
  if (term) where.$or = [{ to: { $ilike: containsPattern(term) } }, { subject: { $ilike: containsPattern(term) } }];
  const result = await paginate(em, OutboxEmail, where, { createdAt: 'desc', id: 'desc' }, page);
  return { ...result, nodes: result.nodes.map(outboxEmailView) };
}

export async function findOutboxEmail(em: EntityManager, id: string): Promise<OutboxEmail | null> {
  return em.findOne(OutboxEmail, { id: idArgument('id', id) });
}

/**
 * Puts a FAILED message back in the queue, due now. Its attempts start again from 0 (so the worker
 * gives it the full series of retries with back-off again); lastError stays until it is delivered.
 * Refused for a message that is SENT, EXPIRED or still PENDING, and for one that carried a sign-in
 * link or code: a FAILED one has had it erased (re-sending "[redacted]" would help nobody: the
 * admin sends a new link instead).
 */
export async function retryOutboxEmail(em: EntityManager, id: string, now: Date): Promise<OutboxEmailView> {
  const message = await findOutboxEmail(em, id);
  if (!message) throw notFound('id', 'No such e-mail in the outbox.');
  if (message.status === OutboxStatus.SENT) {
    throw invalidInput('id', 'ALREADY_SENT', 'this e-mail was already delivered; only failed e-mails can be retried');
  }
  if (message.status === OutboxStatus.PENDING) {
    throw invalidInput('id', 'STILL_PENDING', 'this e-mail is still queued for delivery; only failed e-mails can be retried');
  }
  if (message.status === OutboxStatus.EXPIRED) {
    throw invalidInput('id', 'EXPIRED', 'its sign-in link or code expired before delivery; send the customer a new one instead');
  }
  if (message.carriesSecret) {
    throw invalidInput('id', 'REDACTED', 'its sign-in link or code was removed; send the customer a new one instead');
  }
  message.status = OutboxStatus.PENDING;
  message.attempts = 0;
  message.nextAttemptAt = now;
  await em.flush();
  return outboxEmailView(message);
}
