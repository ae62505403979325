import { describe, expect, it } from 'vitest';
import { dayOf, weekScenario } from '../../src/app/week-scenario';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { parseWeekArgs } from '../../src/local/week/week-command';

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

  it('has each day a 07:00 reminder run, the drains and a morning sync; notes during the week', () => {
    const days = [...new Set(steps.map((s) => dayOf(s.at)))];
    expect(days).toHaveLength(10);
    for (const day of days) {
      const of = (kind: string): number => steps.filter((s) => s.kind === kind && dayOf(s.at) === day).length;
      // 28/09: the routine starts after the Setup (08:15): no 07:00 reminders, no 07:30 drain.
      expect(of('reminders'), day).toBe(day === '2021-09-28' ? 0 : 1);
      // …and the last day ends with the report at 17:00 (after that day's 17:00 drain).
      expect(of('drain'), day).toBe(day === '2021-09-28' || day === '2021-10-07' ? 3 : 4);
      expect(of('syncCalendar'), day).toBeGreaterThanOrEqual(1);
      expect(of('progressNote'), day).toBe(day >= '2021-10-01' && day < '2021-10-07' ? 1 : 0);
    }
  });

  it('moves HD09 by an hour on 03/10 and cancels HD13 on 04/10, each followed by a sync', () => {
    const edits = steps.filter((s) => s.kind === 'editActivity');
    expect(edits.map((e) => [dayOf(e.at), e.kind === 'editActivity' && e.activityId])).toEqual([
      ['2021-10-03', 'HD09'],
      ['2021-10-04', 'HD13'],
    ]);
    for (const edit of edits) {
      const next = steps.slice(steps.indexOf(edit) + 1).find((s) => s.kind === 'syncCalendar')!;
      expect(next.at.iso.slice(0, 13)).toBe(edit.at.iso.slice(0, 13));
    }
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
    expect(parseWeekArgs(['--speed=-1'], false)).toMatch(/^--speed phải là số giây không âm/);
    expect(parseWeekArgs(['--daily-limit', '0'], false)).toMatch(/^--daily-limit phải là số nguyên dương/);
  });
});
