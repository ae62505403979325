import { describe, expect, it } from 'vitest';
import { LAST_RUNS_KEY, readLastRuns, recordedRun, recordedRunAsync } from '../../../src/app/jobs/last-runs';
import { jobRunLines } from '../../../src/app/dashboard/job-runs';

function store(fail = false) {
  const values = new Map<string, string>();
  return {
    values,
    get: (key: string) => values.get(key),
    set: (key: string, value: string) => {
      if (fail) throw new Error('Exception: You have exceeded the property storage quota.');
      values.set(key, value);
    },
    delete: (key: string) => void values.delete(key),
  };
}

/** A clock that moves 2.4 s at each look, from 17:00 on 01/10/2021 in the school. */
function ticking() {
  let ms = Date.parse('2021-10-01T10:00:00Z');
  return { now: () => new Date((ms += 2400) - 2400) };
}

describe('the last run of each job', () => {
  it('keeps when each job last ran, how long, and why it failed; the run’s own outcome is untouched', async () => {
    const properties = store();
    const ports = { properties, clock: ticking() };
    expect(recordedRun(ports, 'progress', () => 'note queued')).toBe('note queued');
    const failure = new Error(`Service Spreadsheets timed out ${'x'.repeat(400)}`);
    await expect(
      recordedRunAsync(ports, 'drain', async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    const runs = readLastRuns(properties);
    expect(runs.progress).toMatchObject({ at: '2021-10-01T10:00:00.000Z', ms: 2400, ok: true });
    expect(runs.drain?.ok).toBe(false);
    expect(runs.drain?.error?.length).toBe(200);

    const lines = jobRunLines(runs, 'Asia/Ho_Chi_Minh', 'vi');
    expect(lines).toContainEqual({
      action: 'Tổng hợp cuối ngày',
      at: '2021-10-01T17:00',
      outcome: 'thành công',
      detail: 'chạy trong 2 giây',
    });
    expect(lines.find((l) => l.action === 'Gửi thư đang chờ (hằng ngày)')?.outcome).toBe('lỗi');
  });

  it('a full store or a damaged record never fails the run', () => {
    const full = store(true);
    expect(recordedRun({ properties: full, clock: ticking() }, 'report', () => 42)).toBe(42);
    const damaged = store();
    damaged.values.set(LAST_RUNS_KEY, '{not json');
    expect(readLastRuns(damaged)).toEqual({});
    recordedRun({ properties: damaged, clock: ticking() }, 'report', () => 1);
    expect(Object.keys(readLastRuns(damaged))).toEqual(['report']);
  });
});
