import { type WeekScenario, type WeekStep } from '../../src/app/jobs/week-scenario';
import type { LocalDateTime } from '../../src/core/cell';
import { SCHOOL_TIME_ZONE, toInstant } from '../../src/core/time-zone';
import type { FakeFormResponse } from '../gas/fakes';
import { createSideBySide, type SideBySide, type SideBySideOptions } from '../gas/fakes/side-by-side/world';
import type { LoadedBundle } from './load-bundle';
import { pasteSampleRoster } from './sheet-view';
import { answersFor, editActivity, formOf, nextMidnight, schoolDate, type VmWeek } from './week-world';

/**
 * The week's scenario played through dist/Code.js under the side-by-side scheduler: the
 * principal's menu clicks start executions at their times, Google Forms delivers each response
 * to its submit triggers at its timestamp, and every routine run is a trigger the bundle
 * installed, firing at its due time as an execution of its own — all of them interleaving at
 * service calls on the latency model's clock, as Apps Script runs them.
 */
export interface SideBySideWeekFaults {
  /** Seeded transient errors on MailApp and CalendarApp calls. */
  readonly transient?: { readonly rate: number; readonly seed: number };
  /** Every form submission delivered twice. */
  readonly duplicate?: boolean;
  /** On this date MailApp's quota runs out after this many recipients (and its counter lies). */
  readonly quotaOutOn?: { readonly date: string; readonly quota: number };
}

export interface SideBySideWeek extends VmWeek {
  readonly world: SideBySide;
  /** Each submission: when it was made and the response Google Forms holds for it. */
  readonly submissions: readonly { readonly atMs: number; readonly response: FakeFormResponse }[];
}

const BY_TRIGGER: ReadonlySet<WeekStep['kind']> = new Set(['drain', 'reminders', 'progressNote', 'report']);
const at = (t: LocalDateTime): number => toInstant(t, SCHOOL_TIME_ZONE).getTime();

/**
 * What the sequential week's summary reads (vmSummary in week-world.ts): the fakes, with the
 * executions in the sequential record's shape. Nothing else of a LoadedBundle is read there.
 */
function asLoadedBundle(world: SideBySide): LoadedBundle {
  const executions = world.executions.map((e) => ({
    id: e.id,
    name: e.name,
    ok: e.ok,
    killed: e.killed,
    calls: e.totalCalls,
    ...(e.error ? { error: e.error } : {}),
  }));
  return { fakes: { ...world.fakes, executions } } as unknown as LoadedBundle;
}

export function playWeekSideBySide(
  code: string,
  scenario: WeekScenario,
  faults: SideBySideWeekFaults = {},
  options: SideBySideOptions = {},
): SideBySideWeek {
  const first = scenario.steps[0]!.at;
  const world = createSideBySide(code, {
    ui: true,
    now: at(first),
    mail: { dailyQuota: scenario.dailyMailLimit },
    ...options,
  });
  const { fakes } = world;
  const defaultQuota = fakes.mail.dailyQuota;
  const runTo = (ms: number): void => {
    // Day by day, so the quota fault applies to its day only.
    while (fakes.clock.nowMs < ms) {
      const next = Math.min(ms, nextMidnight(fakes.clock.nowMs));
      const out = faults.quotaOutOn?.date === schoolDate(fakes.clock.nowMs);
      fakes.mail.dailyQuota = out ? faults.quotaOutOn!.quota : defaultQuota;
      fakes.mail.overstate = out ? 50 : 0;
      world.runUntil(next);
    }
  };
  if (faults.transient) {
    world.injectTransient(
      [
        'MailApp.sendEmail',
        'Calendar.createEvent',
        'setTime',
        'deleteEvent',
        'addGuest',
        'CalendarApp.getCalendarById',
      ],
      faults.transient.rate,
      faults.transient.seed,
    );
  }
  const responses = new Map<string, FakeFormResponse>();
  const submissions: { atMs: number; response: FakeFormResponse }[] = [];
  let submitted = 0;
  let validationText = '';
  const click = (name: string): void => {
    const run = world.click(name);
    if (!run.ok) throw new Error(`${name}: ${run.outcome} ${run.error?.message ?? ''}`);
  };
  for (const step of scenario.steps) {
    runTo(at(step.at));
    if (BY_TRIGGER.has(step.kind)) continue;
    switch (step.kind) {
      case 'setup':
        click('setup');
        pasteSampleRoster(fakes.spreadsheet, { families: true });
        click('syncForms'); // the roster's groups become the forms' choices
        break;
      case 'validate':
        click('validatePlan');
        validationText = String(fakes.ui!.alerts.at(-1)?.prompt ?? '');
        break;
      case 'invite':
        world.start('sendInvitations');
        break;
      case 'syncCalendar':
        world.start('syncCalendar');
        break;
      case 'editActivity':
        editActivity(fakes, step, (handler, event) => void world.start(handler, event));
        break;
      case 'submit': {
        const raw = step.submission.raw;
        const known = raw.responseId === undefined ? undefined : responses.get(raw.responseId);
        const form = formOf(fakes, step.submission.formId);
        const response = known ?? fakes.formApp.respond(form, raw.email ?? '', answersFor(form, raw.answers));
        if (raw.responseId !== undefined) responses.set(raw.responseId, response);
        submissions.push({ atMs: fakes.clock.nowMs, response });
        world.submitForm(form, response, fakes.clock.nowMs, faults.duplicate ? 2 : 1);
        submitted++;
        break;
      }
    }
  }
  // The report trigger at 17:00 of the last day, and the drain it schedules.
  runTo(at(scenario.steps.at(-1)!.at) + 3600_000);
  world.settle();
  world.clearTransient();
  return {
    world,
    bundle: asLoadedBundle(world),
    submitted,
    distinctResponses: responses.size,
    validationText,
    killed: world.executions.filter((e) => e.killed).length,
    submissions,
  };
}
