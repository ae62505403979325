import { localDateTime, partsOf } from '../../../src/core/cell';
import { toInstant, toWallClock } from '../../../src/core/time-zone';
import type { FakeClock } from './clock';
import type { DailyQuotas } from './daily-quotas';
import type { Recorder } from './recorder';
import { FakeConsent } from './consent';
import { FakeUsers } from './users';

export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS' } as const;

/**
 * Apps Script's limit: "Triggers: 20 / user / script"
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
 */
export const MAX_TRIGGERS = 20;

type Schedule = { kind: 'once'; dueMs: number } | { kind: 'daily'; hour: number; minute: number };

export class FakeTrigger {
  /** A one-off trigger that fired stays listed (disabled) until deleted, as in Apps Script. */
  fired = false;
  /** Next time a clock trigger is due. */
  nextMs: number | undefined;

  constructor(
    private readonly rec: Recorder,
    readonly uid: string,
    readonly handler: string,
    readonly eventType: keyof typeof EventType,
    readonly sourceId: string,
    readonly schedule: Schedule | undefined,
    /** The account that created it: the trigger runs as that user and only that user sees it. */
    readonly owner: string,
  ) {}

  getHandlerFunction(): string {
    this.rec.hit('Trigger.getHandlerFunction');
    return this.handler;
  }

  getEventType(): string {
    this.rec.hit('Trigger.getEventType');
    return this.eventType;
  }

  getTriggerSource(): string {
    this.rec.hit('Trigger.getTriggerSource');
    return this.eventType === 'CLOCK' ? TriggerSource.CLOCK : TriggerSource.FORMS;
  }

  getTriggerSourceId(): string | null {
    this.rec.hit('Trigger.getTriggerSourceId');
    return this.eventType === 'CLOCK' ? null : this.sourceId;
  }

  getUniqueId(): string {
    this.rec.hit('Trigger.getUniqueId');
    return this.uid;
  }
}

class ClockBuilder {
  private schedule: Schedule | undefined;
  private days = 0;
  private hour = 0;
  private minute = 0;

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  after(ms: number): ClockBuilder {
    if (!Number.isInteger(ms) || ms < 0) throw new Error('Invalid argument: durationMilliseconds');
    this.schedule = { kind: 'once', dueMs: this.app.clock.nowMs + ms };
    return this;
  }

  at(date: Date): ClockBuilder {
    // Dates from the vm's realm fail instanceof: check the tag, as Apps Script checks the type.
    if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime()))
      throw new Error('Invalid argument: time');
    this.schedule = { kind: 'once', dueMs: date.getTime() };
    return this;
  }

  everyDays(n: number): ClockBuilder {
    if (n !== 1) throw new Error('the fake supports everyDays(1) only');
    this.days = n;
    return this;
  }

  atHour(hour: number): ClockBuilder {
    this.hour = hour;
    return this;
  }

  nearMinute(minute: number): ClockBuilder {
    this.minute = minute;
    return this;
  }

  create(): FakeTrigger {
    const schedule: Schedule | undefined =
      this.schedule ??
      (this.days === 1 ? { kind: 'daily', hour: this.hour, minute: this.minute } : undefined);
    if (!schedule) throw new Error('A time-based trigger needs after(), at() or a recurrence.');
    return this.app.add(this.handler, 'CLOCK', '', schedule);
  }
}

class FormBuilder {
  private submit = false;

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
    private readonly formId: string,
  ) {}

  onFormSubmit(): FormBuilder {
    this.submit = true;
    return this;
  }

  create(): FakeTrigger {
    if (!this.submit) throw new Error('the fake supports onFormSubmit form triggers only');
    return this.app.add(this.handler, 'ON_FORM_SUBMIT', this.formId, undefined);
  }
}

/**
 * ScriptApp: installable triggers, each belonging to the user who created it. "Installable
 * triggers run under the account of the person who created them"
 * (https://developers.google.com/apps-script/guides/triggers/installable), and
 * getProjectTriggers() "Gets all installable triggers associated with the current project and
 * current user" (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()):
 * another editor neither sees nor can delete them, and the 20-trigger limit counts per user.
 * Time-driven triggers fire only when the test drives time
 * (`runUntil`), by calling the named global in the bundle's vm through `invoke`, each as its own
 * execution. Form-submit triggers are fired by `deliverFormSubmit` (see the world helpers).
 */
export class FakeScriptApp {
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly AuthMode = FakeConsent.AuthMode;
  readonly AuthorizationStatus = FakeConsent.AuthorizationStatus;
  readonly triggers: FakeTrigger[] = [];
  /** The principal's answers on the consent screen (test helper: `consent.untick(scope)`). */
  readonly consent: FakeConsent;
  /**
   * Calls a global of the script with an event, as one execution. Set by the bundle loader; it
   * is called with `users.current` set to the trigger's owner (see `invokeAsOwner`).
   */
  invoke: ((handler: string, event: unknown) => void) | undefined;
  /**
   * Trigger executions Apps Script did not run because their owner's "Triggers total runtime"
   * (90 min / day, consumer) was spent: the run fails at once with the quota's error.
   */
  readonly refusedRuns: { handler: string; owner: string; atMs: number; error: string }[] = [];
  private nextUid = 1;

  constructor(
    private readonly rec: Recorder,
    readonly clock: FakeClock,
    private readonly zone: string,
    readonly users: FakeUsers = new FakeUsers(),
    /** "Triggers total runtime 90 min / day" (.../guides/services/quotas), per trigger owner. */
    readonly quotas?: DailyQuotas,
  ) {
    this.consent = new FakeConsent(rec);
  }

  getAuthorizationInfo(authMode: string) {
    this.rec.hit('ScriptApp.getAuthorizationInfo');
    return this.consent.info(authMode);
  }

  add(
    handler: string,
    eventType: keyof typeof EventType,
    sourceId: string,
    schedule: Schedule | undefined,
  ): FakeTrigger {
    const owner = this.users.current;
    if (this.triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const trigger = new FakeTrigger(
      this.rec,
      `uid-${this.nextUid++}`,
      handler,
      eventType,
      sourceId,
      schedule,
      owner,
    );
    trigger.nextMs = this.nextDue(trigger, this.clock.nowMs);
    this.triggers.push(trigger);
    return trigger;
  }

  newTrigger(functionName: string) {
    this.rec.hit('ScriptApp.newTrigger');
    return {
      timeBased: () => new ClockBuilder(this, functionName),
      forForm: (form: string | { getId(): string }) =>
        new FormBuilder(this, functionName, typeof form === 'string' ? form : form.getId()),
    };
  }

  /** The current user's triggers only. */
  getProjectTriggers(): FakeTrigger[] {
    this.rec.hit('ScriptApp.getProjectTriggers');
    return this.triggers.filter((t) => t.owner === this.users.current);
  }

  /**
   * Another user's trigger cannot be deleted. The reference names no message for it; the fake
   * throws the generic error Apps Script gives for a call it refuses.
   */
  deleteTrigger(trigger: FakeTrigger): void {
    this.rec.hit('ScriptApp.deleteTrigger');
    const at = this.triggers.findIndex((t) => t.uid === trigger.uid);
    if (at < 0) return;
    if (this.triggers[at]!.owner !== this.users.current) {
      throw new Error(
        'Unexpected error while getting the method or property deleteTrigger on object ScriptApp.',
      );
    }
    this.triggers.splice(at, 1);
  }

  /** Starts a trigger's handler as one execution run by the trigger's creator. */
  invokeAsOwner(trigger: FakeTrigger, event: unknown): void {
    const quotas = this.quotas;
    if (quotas?.spent('triggerMs', trigger.owner)) {
      this.refusedRuns.push({
        handler: trigger.handler,
        owner: trigger.owner,
        atMs: this.clock.nowMs,
        error: quotas.message('triggerMs'),
      });
      return;
    }
    const started = this.clock.nowMs;
    try {
      this.users.as(trigger.owner, () => this.invoke?.(trigger.handler, event), true);
    } finally {
      // The run's own time on the fake clock counts toward its owner's daily total.
      quotas?.spend('triggerMs', this.clock.nowMs - started, trigger.owner);
    }
  }

  /** Test view: the triggers of one user (what that user's getProjectTriggers would list). */
  ownedBy(email: string): FakeTrigger[] {
    return this.triggers.filter((t) => t.owner === email);
  }

  // —— test helpers (not service calls) ——

  /** Triggers of a handler still listed. */
  of(handler: string): FakeTrigger[] {
    return this.triggers.filter((t) => t.handler === handler);
  }

  /** Clock triggers that will still fire. */
  pending(handler?: string): FakeTrigger[] {
    return this.triggers.filter(
      (t) =>
        t.eventType === 'CLOCK' && t.nextMs !== undefined && (handler === undefined || t.handler === handler),
    );
  }

  /**
   * Moves the clock to `targetMs`, firing every clock trigger that falls due on the way, in
   * time order, each as its own execution (a trigger created by one run fires later in the same
   * sweep if it is due). Returns the handlers fired. `duplicate`: each firing is delivered twice.
   */
  runUntil(targetMs: number, options: { duplicate?: boolean } = {}): string[] {
    const fired: string[] = [];
    for (let guard = 0; guard < 10_000; guard++) {
      const due = this.triggers
        .filter((t) => t.nextMs !== undefined && t.nextMs <= targetMs)
        .sort((a, b) => a.nextMs! - b.nextMs!)[0];
      if (!due) break;
      this.clock.nowMs = Math.max(this.clock.nowMs, due.nextMs!);
      const event = this.fire(due);
      fired.push(due.handler);
      this.invokeAsOwner(due, event);
      if (options.duplicate) this.invokeAsOwner(due, event);
    }
    this.clock.nowMs = Math.max(this.clock.nowMs, targetMs);
    return fired;
  }

  /**
   * A due clock trigger fires now (the clock's time): a one-off one stays listed, disabled; a
   * daily one is due again tomorrow. Returns the event its handler gets.
   */
  fire(due: FakeTrigger): { authMode: string; triggerUid: string } {
    if (due.schedule?.kind === 'once') {
      due.fired = true;
      due.nextMs = undefined;
    } else {
      due.nextMs = this.nextDue(due, this.clock.nowMs + 60_000);
    }
    return { authMode: 'FULL', triggerUid: due.uid };
  }

  /** Form-submit triggers installed for a form. */
  submitTriggers(formId: string): FakeTrigger[] {
    return this.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === formId);
  }

  private nextDue(trigger: FakeTrigger, fromMs: number): number | undefined {
    const schedule = trigger.schedule;
    if (!schedule) return undefined;
    if (schedule.kind === 'once') return schedule.dueMs;
    const today = partsOf(toWallClock(new Date(fromMs), this.zone));
    let at = toInstant(
      localDateTime(today.year, today.month, today.day, schedule.hour, schedule.minute),
      this.zone,
    );
    if (at.getTime() < fromMs) at = new Date(at.getTime() + 24 * 3600_000);
    return at.getTime();
  }
}
