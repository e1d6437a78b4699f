import { afterEach, beforeEach, vi } from 'vitest';

/** The browser's XMLHttpRequest for unit tests (installed by useFakeXhr): it answers when told to. */
export class FakeXhr {
  static sent: FakeXhr[] = [];
  upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  responseType = '';
  status = 0;
  responseText = '';
  request?: { method: string; url: string; body: FormData };
  private opened?: { method: string; url: string };

  open(method: string, url: string) {
    this.opened = { method, url };
  }
  send(body: FormData) {
    this.request = { ...this.opened!, body };
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

/** Stands FakeXhr in for XMLHttpRequest around each test of the calling describe, with no request sent yet. */
export function useFakeXhr(): void {
  beforeEach(() => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());
}

/** The request the code under test sent last. */
export const lastRequest = (): FakeXhr => FakeXhr.sent.at(-1)!;
