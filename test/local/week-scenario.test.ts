import { describe, expect, it } from 'vitest';
import { dayOf, weekScenario } from '../../src/app/jobs/week-scenario';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { parseWeekArgs } from '../../src/local/commands/week-command';

describe('the week scenario (data)', () => {
  const submissions = sampleResponses();
  const scenario = weekScenario(submissions);
  const steps = scenario.steps;

  it('runs from the Setup on 28/09 08:00 to the report on 07/10 17:00, in time order', () => {
    expect(steps[0]).toMatchObject({ kind: 'setup', at: { iso: '2021-09-28T08:00' } });
    expect(steps.at(-1)).toMatchObject({ kind: 'report', at: { iso: '2021-10-07T17:00' } });
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.at.iso >= steps[i - 1]!.at.iso).toBe(true);
    expect(steps.findIndex((s) => s.kind === 'validate')).toBeLessThan(
      steps.findIndex((s) => s.kind === 'invite'),
    );
  });

  it('plays every sample response once, at its own time (the duplicate delivery included)', () => {
    const played = steps.flatMap((s) => (s.kind === 'submit' ? [s.submission] : []));
    expect(played).toHaveLength(submissions.length);
    for (const s of steps) if (s.kind === 'submit') expect(s.at).toEqual(s.submission.raw.timestamp);
  });

  it('plays the installed triggers at their minutes: drain 00:10, reminders 07:00, note 17:00', () => {
    const days = [...new Set(steps.map((s) => dayOf(s.at)))];
    expect(days).toHaveLength(10);
    const at = (kind: string, day: string): string[] =>
      steps.filter((s) => s.kind === kind && dayOf(s.at) === day).map((s) => s.at.iso.slice(11));
    for (const day of days) {
      // 28/09: the triggers exist from the Setup at 08:00 on: no drain nor reminders before it.
      const first = day === '2021-09-28';
      expect(at('drain', day), day).toEqual(first ? [] : ['00:10']);
      expect(at('reminders', day), day).toEqual(first ? [] : ['07:00']);
      expect(at('progressNote', day), day).toEqual(['17:00']);
    }
    // the principal syncs the calendar once from the menu; later changes follow by themselves
    expect(steps.filter((s) => s.kind === 'syncCalendar').map((s) => s.at.iso)).toEqual(['2021-09-28T08:15']);
    // the last day's note comes before the report, at the same minute
    expect(steps.slice(-2).map((s) => s.kind)).toEqual(['progressNote', 'report']);
  });

  it('moves HD09 by an hour on 03/10 and cancels HD13 on 04/10', () => {
    const edits = steps.filter((s) => s.kind === 'editActivity');
    expect(edits.map((e) => [e.at.iso, e.kind === 'editActivity' && e.activityId])).toEqual([
      ['2021-10-03T10:00', 'HD09'],
      ['2021-10-04T10:00', 'HD13'],
    ]);
  });

  it('uses the consumer quota by default', () => {
    expect(scenario.dailyMailLimit).toBe(100);
    expect(weekScenario(submissions, { dailyMailLimit: 1500 }).dailyMailLimit).toBe(1500);
  });
});

describe('learning-week week options', () => {
  it('reads days as the principal types them, and paces only on a terminal', () => {
    expect(parseWeekArgs(['--from', '01/10/2021', '--to', '2021-10-03'], false)).toEqual({
      outDir: 'out',
      speed: 0,
      from: '2021-10-01',
      to: '2021-10-03',
    });
    expect(parseWeekArgs([], true)).toMatchObject({ speed: 0.3 });
    expect(parseWeekArgs(['--speed', '0'], true)).toMatchObject({ speed: 0 });
  });

  it('explains a wrong option in Vietnamese', () => {
    expect(parseWeekArgs(['--from', 'mai'], false)).toBe('Ngày không hợp lệ: mai');
    expect(parseWeekArgs(['--speed=-1'], false)).toBe(
      'Tốc độ --speed "-1" không hợp lệ: hãy ghi số giây thật cho mỗi ngày, từ 0 trở lên (0: nhanh nhất), ví dụ --speed 0.5.',
    );
    expect(parseWeekArgs(['--daily-limit', '0'], false)).toMatch(
      /^Hạn mức "0" không hợp lệ cho --daily-limit: .*từ 1 đến 100\.000/,
    );
  });
});
