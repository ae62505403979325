import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAILY_TRIGGERS, TRIGGER_RULES, triggerTableMarkdown } from '../../../src/app/jobs/triggers';
import { GAS_ENTRY_POINTS } from '../../../src/app/jobs/week-scenario';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe("the week's timetable", () => {
  it('is the copy in the README (npm run timetable rewrites it)', () => {
    const start = readme.indexOf('<!-- timetable:start');
    const end = readme.indexOf('<!-- timetable:end -->');
    expect(start).toBeGreaterThan(-1);
    const copy = readme.slice(readme.indexOf('\n', start) + 1, end).trim();
    expect(copy).toBe(triggerTableMarkdown());
  });

  it('names one handler per job, and the daily ones at the hours the principal is told', () => {
    const handlers = TRIGGER_RULES.map((r) => r.handler);
    expect(new Set(handlers).size).toBe(handlers.length);
    expect(DAILY_TRIGGERS.map((t) => `${t.handler} ${t.hour}:${t.minute}`)).toEqual([
      'drainOutbox 0:10',
      'sendReminders 7:0',
      'sendDailyProgress 17:0',
      'purgePersonalData 2:0',
    ]);
  });

  it('is what the week plays through the bundle: every routine step fires a handler of the table', () => {
    const handlers = new Set(TRIGGER_RULES.map((r) => r.handler));
    for (const kind of ['drain', 'reminders', 'progressNote', 'report', 'continuation'] as const) {
      expect(handlers.has(GAS_ENTRY_POINTS[kind])).toBe(true);
    }
  });
});
