import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePools } from '../gas/fakes/side-by-side/channel';
import { bundleCode } from './load-bundle';
import { buildBase, playSchedule, scheduleArb, type Base } from './concurrency-world';

/**
 * The concurrency property: random interleavings of the week's executions side by side
 * (concurrency-world.ts), with transient mail errors, a small quota and a drain killed mid-way.
 * No response lost; each recorded and confirmed within 10 simulated minutes unless the quota is
 * spent; no mail twice; no seat taken back; no session overfilled; no execution at 6 minutes.
 * `CONCURRENCY_RUNS` sets how many schedules (default 200); `CONCURRENCY_SEED` (and
 * `CONCURRENCY_PATH`) replays a failure fast-check reported.
 */
const RUNS = Number(process.env['CONCURRENCY_RUNS'] ?? 200);
const SEED = process.env['CONCURRENCY_SEED'];
const PATH = process.env['CONCURRENCY_PATH'];
let code = '';
let base: Base;

beforeAll(async () => {
  code = await bundleCode();
  base = buildBase(code);
}, 120_000);

afterAll(() => closePools());

describe('executions side by side, any interleaving', () => {
  it(`${RUNS} schedules: nothing lost, nothing twice, confirmed in minutes, no seat taken back`, () => {
    fc.assert(
      fc.property(scheduleArb(base.people.length), (schedule) => {
        const verdict = playSchedule(code, base, schedule);
        expect(verdict.problems).toEqual([]);
      }),
      {
        numRuns: RUNS,
        endOnFailure: true,
        ...(SEED ? { seed: Number(SEED) } : {}),
        ...(PATH ? { path: PATH } : {}),
      },
    );
  }, 600_000);
});
