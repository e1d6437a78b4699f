import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type { ParsedMail };

export type SmtpPeer = {
  /** smtp://127.0.0.1:<port>; the same across stop() and start(). */
  url: string;
  /** Every message accepted so far, parsed, in arrival order. */
  messages: ParsedMail[];
  /**
   * The first message (already received or arriving within `timeoutMs`) matching `predicate`.
   * To read a newer one of the same kind, `clear()` before triggering it.
   */
  waitForMessage: (predicate?: (message: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>;
  /** Forgets the messages received so far. */
  clear: () => void;
  /** Takes the peer down: connections are refused until `start()`. */
  stop: () => Promise<void>;
  /** Brings it back up on the same port. */
  start: () => Promise<void>;
};

/**
 * A real SMTP server on loopback that accepts everything (no auth, no TLS) and keeps the parsed
 * messages: tests read delivered e-mails from it, and stop/start it to simulate an outage.
 */
export async function startSmtpPeer(): Promise<SmtpPeer> {
  const messages: ParsedMail[] = [];
  const waiters = new Set<{ predicate: (message: ParsedMail) => boolean; resolve: (message: ParsedMail) => void }>();
  let server: SMTPServer | undefined;
  let port = 0;

  const start = async (): Promise<void> => {
    if (server) return;
    const next = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onData(stream, _session, callback) {
        // Accept (callback) only once parsed: when the sender's send resolves, the message is here.
        simpleParser(stream)
          .then((message) => {
            messages.push(message);
            for (const waiter of waiters) {
              if (waiter.predicate(message)) {
                waiters.delete(waiter);
                waiter.resolve(message);
              }
            }
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        next.off('error', reject);
        resolve();
      });
    });
    // A sender that dies mid-session (a server killed in the cluster test) resets its connection:
    // the server emits that as 'error', which must not crash the test process.
    next.on('error', () => undefined);
    port = (next.server.address() as AddressInfo).port;
    server = next;
  };

  const stop = async (): Promise<void> => {
    const current = server;
    server = undefined;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  };

  await start();

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    clear: () => {
      messages.length = 0;
    },
    waitForMessage: (predicate = () => true, timeoutMs = 10_000) => {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise<ParsedMail>((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (message: ParsedMail) => {
            clearTimeout(timer);
            resolve(message);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching e-mail within ${timeoutMs} ms (received ${messages.length})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    stop,
    start,
  };
}

/** The lower-cased addresses a parsed message is addressed to (To and Cc). */
export function recipientsOf(message: ParsedMail): string[] {
  const lists = [message.to, message.cc].flat().filter((list): list is AddressObject => Boolean(list));
  return lists.flatMap((list) => list.value.map((address) => (address.address ?? '').toLowerCase()));
}

/** The first http(s) link in `text` whose path starts with `path` (e.g. '/auth/magic-link'). */
export function extractLink(text: string, path: string): string {
  const links = text.match(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g) ?? [];
  const link = links.find((candidate) => new URL(candidate).pathname.startsWith(path));
  if (!link) throw new Error(`No link to ${path} in the e-mail (links: ${links.join(', ') || 'none'})`);
  return link;
}

/** The one 6-digit code in `text`. */
export function extractCode(text: string): string {
  const codes = [...new Set(text.match(/(?<![\w-])\d{6}(?![\w-])/g) ?? [])];
  if (codes.length !== 1) throw new Error(`Expected one 6-digit code in the e-mail, found ${codes.length}`);
  return codes[0]!;
}
