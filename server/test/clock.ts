import type { Clock } from '../src/core/clock.js';

/** A clock a test moves by hand: it reads `at` until `advance` (or an assignment to `at`) moves it. */
export type TestClock = Clock & { at: Date; advance: (ms: number) => void };

export function testClock(start: Date | string): TestClock {
  const clock: TestClock = {
    at: new Date(start),
    now: () => clock.at,
    advance: (ms) => {
      clock.at = new Date(clock.at.getTime() + ms);
    },
  };
  return clock;
}
