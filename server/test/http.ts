// GraphQL over real HTTP, keeping the Set-Cookie headers the tests inspect; uploads left open.

import http from 'node:http';

export type HttpAnswer<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** Every Set-Cookie header of the response, as sent. */
  setCookies: string[];
};

export async function postGraphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<HttpAnswer<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<HttpAnswer<T>, 'status' | 'setCookies'>;
  return { status: response.status, ...body, setCookies: response.headers.getSetCookie() };
}

/** The `name=value` pair of the Set-Cookie header for `name`, ready to send back as a Cookie header. */
export function cookiePair(setCookies: string[], name: string): string | undefined {
  return setCookies.map((header) => header.split(';')[0]!.trim()).find((pair) => pair.startsWith(`${name}=`));
}

/** The attributes of the Set-Cookie header for `name`, lower-cased keys (`httponly`, `samesite`, `expires`…). */
export function cookieAttributes(setCookies: string[], name: string): Record<string, string> | undefined {
  const header = setCookies.find((candidate) => candidate.startsWith(`${name}=`));
  if (!header) return undefined;
  const attributes: Record<string, string> = {};
  for (const part of header.split(';').slice(1)) {
    const [key, ...value] = part.trim().split('=');
    attributes[key!.toLowerCase()] = value.join('=');
  }
  return attributes;
}

export const VIEWER_FIELDS = 'id email name language userTypes sections isAdmin';

/**
 * A multipart upload of one PDF to `url` that announces `announcedBytes` and stays open: the test writes
 * (part of) the file and then goes away (destroy). The connection errors that follow are expected.
 */
export function openFileUpload(url: string, cookie: string, announcedBytes: number): http.ClientRequest {
  const boundary = '----portal-abort-test';
  const request = http.request(url, {
    method: 'POST',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(announcedBytes) },
  });
  request.on('error', () => {});
  request.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  return request;
}
