import { describe, it, expect } from 'vitest';
import { PARSE_FAILURE_MESSAGES, parseFailure, type ParseFailureReason } from './parse-result.js';

describe('PARSE_FAILURE_MESSAGES', () => {
  const reasons: ParseFailureReason[] = ['EMPTY', 'FORMAT', 'LENGTH', 'CHECK_CHARACTER'];

  it.each(['es', 'en'] as const)('has a sentence for every reason in %s', (language) => {
    expect(Object.keys(PARSE_FAILURE_MESSAGES[language]).sort()).toEqual([...reasons].sort());
    for (const reason of reasons) expect(PARSE_FAILURE_MESSAGES[language][reason]).toMatch(/^\p{Lu}.+\.$/u);
  });

  it('differs between languages', () => {
    for (const reason of reasons) expect(PARSE_FAILURE_MESSAGES.es[reason]).not.toBe(PARSE_FAILURE_MESSAGES.en[reason]);
  });
});

describe('parseFailure', () => {
  it('builds a failed result', () => {
    expect(parseFailure('LENGTH', 'too short')).toEqual({ ok: false, reason: 'LENGTH', message: 'too short' });
  });
});
