/** 10:00 on 30/09/2021 in the school: the day before the 2021 week. */
export const DEFAULT_NOW = Date.UTC(2021, 8, 30, 3, 0);

/**
 * The time of the fake world. The bundle's `new Date()` reads it (test/bundle/load-bundle.ts);
 * sending a mail and Utilities.sleep move it on, and ScriptApp's `runUntil` jumps it to each
 * due trigger, so time budgets, back-off and "tomorrow" are all driven by the test.
 */
export class FakeClock {
  constructor(public nowMs: number = DEFAULT_NOW) {}

  now(): Date {
    return new Date(this.nowMs);
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }
}
