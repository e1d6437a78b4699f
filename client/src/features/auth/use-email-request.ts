import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState, type FormEvent } from 'react';
import { useCountdown } from '../../lib/use-countdown.js';
import { useRequest } from '../../lib/use-request.js';

/**
 * The sign-in request by e-mail (a code or a link): the address, whether one was sent, and the
 * countdown until the server allows another. `retryAfter` reads the wait from the answer.
 */
export function useEmailRequest<Result>(document: TypedDocumentNode<Result, { email: string }>, retryAfter: (result: Result) => number) {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [waitSeconds, setWaitSeconds] = useCountdown();
  const [run, request] = useRequest(document);

  /** Sends (or sends again); a refusal shows as `request.error`. */
  async function send(event?: FormEvent) {
    event?.preventDefault();
    const result = await run({ variables: { email } }).catch(() => null);
    if (result) {
      setSent(true);
      setWaitSeconds(retryAfter(result));
    }
  }

  return { email, setEmail, sent, waitSeconds, send, request };
}
