import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCode } from '../bundle/load-bundle';
import {
  busyDayWorkbook,
  measureResponsePath,
  sheetCalls,
  totalCalls,
} from '../../src/local/bench/response-path';

/**
 * The response path of the pushed bundle, counted on the bench's stand-ins: what a submission
 * costs must not grow with the school, and stays within 10 service calls in all.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
}, 60_000);

const SMALL = { label: 'nhỏ', staff: 40, families: 150 };
const HUGE = { label: 'rất lớn', staff: 1_000, families: 10_000 };

describe('a response through dist/Code.js, counted', () => {
  it('a submission costs at most 10 service calls and reads the same cells at 40/150 and 1000/10000', () => {
    const [small, huge] = [SMALL, HUGE].map((size) =>
      measureResponsePath(code, busyDayWorkbook(size, 'sent'), 1_500, [1, 20]),
    );
    for (const run of [small!, huge!]) {
      expect(totalCalls(run.submitFirst)).toBeLessThanOrEqual(10);
      expect(totalCalls(run.submitNext)).toBeLessThanOrEqual(10);
      // The first of a batch makes the processing run's trigger; the others find it pending.
      expect(totalCalls(run.submitFirst)).toBeGreaterThan(totalCalls(run.submitNext));
    }
    expect(huge!.submitCellsRead).toBe(small!.submitCellsRead);
    expect(totalCalls(huge!.submitFirst)).toBe(totalCalls(small!.submitFirst));
    expect(sheetCalls(huge!.submitNext)).toBe(sheetCalls(small!.submitNext));
    // The batch reads the school's tabs: its cells grow with the school, its sheet calls do not much.
    const [a, b] = [small!.batches[1]!.calls, huge!.batches[1]!.calls];
    expect(b.cellsRead).toBeGreaterThan(a.cellsRead);
    expect(Math.abs(sheetCalls(b) - sheetCalls(a))).toBeLessThanOrEqual(5);
    // Each batch sent its confirmations.
    expect(small!.batches.map((x) => x.calls.byMethod['MailApp.sendEmail'])).toEqual([1, 20]);
  }, 180_000);
});
