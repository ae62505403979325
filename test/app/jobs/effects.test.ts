import { describe, expect, it } from 'vitest';
import {
  perform,
  runJob,
  runJobAsync,
  type AsyncEffects,
  type Job,
  type SyncEffects,
} from '../../../src/app/jobs/effects';
import type { DrainResult } from '../../../src/app/outbox/drain-outbox';

/** A job that drains, then tries the calendar and says whether it failed. */
function* sample(): Job<string[]> {
  const said: string[] = [];
  said.push((yield* perform({ kind: 'drain' })).message);
  try {
    said.push((yield* perform({ kind: 'calendar', manual: false })).lines.join(' '));
  } catch (error) {
    said.push(`calendar failed: ${(error as Error).message}`);
  }
  said.push((yield* perform({ kind: 'drain' })).message);
  return said;
}

const drained = (message: string) => ({ message }) as unknown as DrainResult;
const unused = () => {
  throw new Error('not asked for');
};

function effects(calendar: () => never | { lines: string[] }) {
  let drains = 0;
  return {
    drain: () => drained(`drain ${++drains}`),
    calendar: () => ({ ran: true, applied: 1, pending: 0, failed: 0, ...calendar() }),
    report: unused,
    formsAndTriggers: unused,
    prepareCalendar: unused,
    calendarPreview: unused,
    mailQuota: unused,
    missedResponses: unused,
    formResponses: unused,
  } as unknown as SyncEffects & AsyncEffects;
}

describe('playing a job', () => {
  it('hands each effect its result, in order, in both runtimes', async () => {
    const ok = () => ({ lines: ['synced'] });
    expect(runJob(sample(), effects(ok))).toEqual(['drain 1', 'synced', 'drain 2']);
    expect(await runJobAsync(sample(), effects(ok))).toEqual(['drain 1', 'synced', 'drain 2']);
  });

  it('throws a failed effect into the job, which goes on with the rest of its run', async () => {
    const broken = (): never => {
      throw new Error('rate limit');
    };
    const expected = ['drain 1', 'calendar failed: rate limit', 'drain 2'];
    expect(runJob(sample(), effects(broken))).toEqual(expected);
    expect(await runJobAsync(sample(), effects(broken))).toEqual(expected);
  });
});
