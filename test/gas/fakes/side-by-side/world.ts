import { createGasFakes, TRANSIENT_ERRORS, type FakeForm, type GasFakeOptions, type GasFakes } from '..';
import { seeded } from '../faults';
import { FakeFormResponse } from '../form-app';
import type { FakeTrigger } from '../script-app';
import { cloneFakes } from './clone-fakes';
import { poolFor, type FromWorker, type Request, type Thread } from './channel';
import { cellsOf, EXECUTION_START_MS, requestLatencyMs } from './latency';
import { Blocked, ScheduledLock } from './lock';
import { Handles, METHOD_WIRE, type Wire } from './wire';

/**
 * Apps Script's maximum execution time: an execution still running 6 minutes after it started is
 * stopped (https://developers.google.com/apps-script/guides/services/quotas#current_limitations,
 * "Script runtime: 6 min / execution").
 */
export const EXECUTION_LIMIT_MS = 6 * 60_000;

export interface SideBySideOptions extends GasFakeOptions {
  /**
   * Which of several events due at the same simulated instant goes first (an index below
   * `count`). Default: the first in the order they were scheduled. Property tests drive it.
   */
  choose?: (count: number) => number;
  /** Real time a worker may run without calling a service before it is deemed hung. */
  hangMs?: number;
  /**
   * Start from a copy of these fakes (another world after its Setup, say) instead of new ones;
   * the other options that shape new fakes are then ignored.
   */
  from?: GasFakes;
}

/** Faults of one execution (the same kill points as faults.ts, plus a stalled call). */
export interface StartOptions {
  /** The N-th service call (1-based) kills it before it has any effect. */
  killAtCall?: number;
  /** The nth call to this method kills it before it has any effect. */
  killAt?: { method: string; nth: number };
  /** The call after the nth call to this method kills it ("sent, then killed before recording"). */
  killAfter?: { method: string; nth: number };
  /** The nth call to this method takes `ms` longer (a slow service: the clock's kill may follow). */
  stall?: { method: string; nth: number; ms: number };
}

export type Outcome = 'ok' | 'error' | 'killed' | 'hung';

export interface ExecutionReport {
  readonly id: number;
  readonly name: string;
  /** When Apps Script started it (a trigger's due time, a click, a submission). */
  readonly startMs: number;
  readonly endMs: number;
  readonly outcome: Outcome;
  readonly ok: boolean;
  readonly killed: boolean;
  readonly error?: { readonly name: string; readonly message: string };
  readonly value?: unknown;
  /** Service calls it made, by "Service.method". */
  readonly calls: Readonly<Record<string, number>>;
  readonly totalCalls: number;
  /** Real time the script's own work took in its thread (for keeping tests fast). */
  readonly realMs: number;
}

type Phase =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'request'; readonly request: Request }
  | { readonly kind: 'blocked'; readonly blocked: Blocked }
  | { readonly kind: 'done' };

interface Execution {
  readonly id: number;
  readonly name: string;
  readonly event: unknown;
  readonly startMs: number;
  readonly deadlineMs: number;
  readonly options: StartOptions;
  /** Who it runs as: the clicker, or the creator of the trigger that started it. */
  readonly user: string;
  readonly byTrigger: boolean;
  /** Its own simulated time: when its next step happens. */
  t: number;
  phase: Phase;
  thread: Thread | undefined;
  readonly calls: Record<string, number>;
  total: number;
  seenAt: number;
  seenAfter: number;
  seenStall: number;
  armed: boolean;
  /** Real time its thread ran (the script's own work, between service calls). */
  realMs: number;
}

interface Action {
  readonly atMs: number;
  readonly seq: number;
  readonly run: () => void;
}

type Candidate =
  | { readonly atMs: number; readonly kind: 'action'; readonly action: Action }
  | { readonly atMs: number; readonly kind: 'trigger'; readonly trigger: FakeTrigger }
  | { readonly atMs: number; readonly kind: 'step' | 'kill'; readonly exec: Execution };

/** Thrown by the call hook to stop the running execution at a kill point (never reaches the script). */
const KILL = Symbol('kill');

/**
 * The Apps Script fakes with executions side by side. Triggers, menu runs and form submissions
 * start separate executions, each in its own thread with the bundle loaded fresh; they
 * interleave at service calls on one simulated clock, every call costing what the bench's
 * latency model says. Exactly one execution runs at a time: the one whose next step is the
 * earliest (ties: `choose`). The fakes' state lives here, in the main thread.
 */
export function createSideBySide(code: string, options: SideBySideOptions = {}) {
  const fakes = options.from
    ? cloneFakes(options.from)
    : createGasFakes({ ...options, mail: { sendMs: 0, ...options.mail } });
  const { rec, clock } = fakes;
  const pool = poolFor(code);
  const handles = new Handles();
  const choose = options.choose ?? (() => 0);
  const hangMs = options.hangMs ?? 20_000;
  let running: Execution | undefined;
  let hits: string[] = [];
  let transient: { methods: ReadonlySet<string>; rate: number; random: () => number } | undefined;
  let transientThrown = 0;

  const lock = new ScheduledLock(
    rec,
    () => running?.id ?? 0,
    () => clock.nowMs,
  );
  const lockService = {
    getScriptLock(): ScheduledLock {
      rec.hit('LockService.getScriptLock');
      return lock;
    },
  };
  const globals: Record<string, unknown> = { ...fakes.globals, LockService: lockService };
  const globalWires = (): Record<string, Wire> =>
    Object.fromEntries(Object.entries(globals).map(([name, value]) => [name, handles.out(value)]));

  const callObservers: ((method: string, execution: number) => void)[] = [];
  rec.beforeCall = (method) => {
    fakes.scriptApp.consent.check(method);
    const exec = running;
    if (!exec) return;
    for (const observer of callObservers) observer(method, exec.id);
    exec.total++;
    exec.calls[method] = (exec.calls[method] ?? 0) + 1;
    const o = exec.options;
    if (o.killAt?.method === method && ++exec.seenAt >= o.killAt.nth) exec.armed = true;
    if (exec.armed || (o.killAtCall !== undefined && exec.total >= o.killAtCall)) throw KILL;
    if (o.killAfter?.method === method && ++exec.seenAfter === o.killAfter.nth) exec.armed = true;
    if (o.stall?.method === method && ++exec.seenStall === o.stall.nth) clock.advance(o.stall.ms);
    hits.push(method);
    if (transient?.methods.has(method) && transient.random() < transient.rate) {
      transientThrown++;
      throw fakes.faults.errors.make(
        TRANSIENT_ERRORS[Math.floor(transient.random() * TRANSIENT_ERRORS.length)]!,
      );
    }
  };

  /** Where the real time goes: in the executions' threads, or serving their requests here. */
  const stats = { requests: 0, starts: 0, threadMs: 0, serveMs: 0, scheduleMs: 0 };
  const executions: Execution[] = [];
  const reports: ExecutionReport[] = [];
  const actions: Action[] = [];
  let nextId = 1;
  let nextSeq = 1;

  const observers: ((report: ExecutionReport) => void)[] = [];
  const faultsNext = new Map<string, StartOptions[]>();

  function start(name: string, event?: unknown, atMs = clock.nowMs, given?: StartOptions): number {
    const execOptions = given ?? faultsNext.get(name)?.shift() ?? {};
    const exec: Execution = {
      id: nextId++,
      name,
      event,
      startMs: atMs,
      deadlineMs: atMs + EXECUTION_LIMIT_MS,
      options: execOptions,
      // Whoever the fakes say is acting now: a trigger's owner while ScriptApp starts its run.
      user: fakes.users.current,
      byTrigger: fakes.users.inTrigger,
      t: atMs + EXECUTION_START_MS,
      phase: { kind: 'waiting' },
      thread: undefined,
      calls: {},
      total: 0,
      seenAt: 0,
      seenAfter: 0,
      seenStall: 0,
      armed: false,
      realMs: 0,
    };
    executions.push(exec);
    if (exec.byTrigger) chargeStart(exec);
    return exec.id;
  }

  /**
   * "Triggers total runtime: 90 min / day" (consumer; developers.google.com/apps-script/guides/
   * services/quotas): a trigger's execution counts from its start to its end against its
   * owner's daily total, in the owner's 24-hour window. Once the owner has spent it, a trigger
   * execution fails at once with the quota's error and does nothing (ScriptApp.refusedRuns
   * lists it); menu runs and the editor do not count.
   */
  function chargeStart(exec: Execution): void {
    const quotas = fakes.quotas;
    if (!quotas.spent('triggerMs', exec.user)) {
      // The window opens at the first counted request: this run's start.
      const saved = clock.nowMs;
      clock.nowMs = exec.startMs;
      quotas.spend('triggerMs', 0, exec.user);
      clock.nowMs = saved;
      return;
    }
    const error = quotas.message('triggerMs');
    fakes.scriptApp.refusedRuns.push({ handler: exec.name, owner: exec.user, atMs: exec.startMs, error });
    exec.phase = { kind: 'done' };
    reports.push({
      id: exec.id,
      name: exec.name,
      startMs: exec.startMs,
      endMs: exec.startMs,
      outcome: 'error',
      ok: false,
      killed: false,
      error: { name: 'Exception', message: error },
      calls: {},
      totalCalls: 0,
      realMs: 0,
    });
    for (const observer of observers) observer(reports.at(-1)!);
  }

  /**
   * An execution a trigger of OWNER starts: it runs as OWNER and spends OWNER's trigger minutes
   * (refused at once once they are spent), as Apps Script runs a trigger as its creator.
   */
  function startAsTrigger(owner: string, name: string, event?: unknown, atMs = clock.nowMs): number {
    return fakes.users.as(owner, () => start(name, event, atMs), true);
  }

  /** A main-thread action at a simulated time (a principal's edit, a response being written). */
  function at(atMs: number, run: () => void): void {
    actions.push({ atMs, seq: nextSeq++, run });
  }

  /**
   * Google Forms delivering a response to every submit trigger of its form, each delivery a
   * separate execution started at `atMs` (`times`: installable triggers may fire twice). The
   * response is made at `atMs` when given as answers; a made one is delivered as it is.
   */
  function submitForm(
    form: FakeForm,
    response: FakeFormResponse | { email: string; answers: Record<string, string | string[]> },
    atMs: number,
    times = 1,
  ): void {
    at(atMs, () => {
      const made =
        response instanceof FakeFormResponse
          ? response
          : fakes.formApp.respond(form, response.email, response.answers);
      for (let i = 0; i < times; i++)
        for (const trigger of fakes.scriptApp.submitTriggers(form.id))
          startAsTrigger(
            trigger.owner,
            trigger.handler,
            { authMode: 'FULL', response: made, source: form, triggerUid: trigger.uid },
            atMs,
          );
    });
  }
  // deliverFormSubmit and the sequential helpers start executions here, at the clock's time.
  fakes.scriptApp.invoke = (handler, event) => void start(handler, event, clock.nowMs);

  const alive = (): Execution[] => executions.filter((e) => e.phase.kind !== 'done');

  function candidates(limitMs: number): Candidate[] {
    const out: Candidate[] = [];
    for (const action of actions)
      if (action.atMs <= limitMs) out.push({ atMs: action.atMs, kind: 'action', action });
    for (const trigger of fakes.scriptApp.triggers)
      if (trigger.eventType === 'CLOCK' && trigger.nextMs !== undefined && trigger.nextMs <= limitMs)
        out.push({ atMs: trigger.nextMs, kind: 'trigger', trigger });
    for (const exec of alive()) {
      let atMs = exec.t;
      if (exec.phase.kind === 'blocked') {
        const b = exec.phase.blocked;
        atMs = b.ready() ? Math.max(exec.t, b.readyAt()) : b.deadlineMs;
      }
      if (atMs >= exec.deadlineMs) out.push({ atMs: exec.deadlineMs, kind: 'kill', exec });
      else out.push({ atMs, kind: 'step', exec });
    }
    return out.filter((c) => c.atMs <= limitMs);
  }

  function pick(limitMs: number): Candidate | undefined {
    const all = candidates(limitMs);
    if (all.length === 0) return undefined;
    const earliest = Math.min(...all.map((c) => c.atMs));
    const tied = all.filter((c) => c.atMs === earliest);
    const index = tied.length === 1 ? 0 : Math.abs(Math.trunc(choose(tied.length))) % tied.length;
    return tied[index];
  }

  function setNow(ms: number): void {
    clock.nowMs = ms;
    pool.clock[0] = ms;
  }

  function finish(
    exec: Execution,
    outcome: Outcome,
    endMs: number,
    end?: FromWorker & { kind: 'end' },
  ): void {
    exec.phase = { kind: 'done' };
    setNow(endMs);
    lock.endOf(exec.id);
    if (exec.byTrigger) fakes.quotas.spend('triggerMs', endMs - exec.startMs, exec.user);
    if (exec.thread) {
      if (outcome === 'killed' || outcome === 'hung') exec.thread.kill();
      else pool.give(exec.thread);
      exec.thread = undefined;
    }
    reports.push({
      id: exec.id,
      name: exec.name,
      startMs: exec.startMs,
      endMs,
      outcome,
      ok: outcome === 'ok',
      killed: outcome === 'killed',
      ...(end?.error
        ? { error: end.error }
        : outcome === 'hung'
          ? { error: { name: 'Hung', message: 'no service call' } }
          : {}),
      ...(end?.value !== undefined ? { value: end.value } : {}),
      calls: { ...exec.calls },
      totalCalls: exec.total,
      realMs: Math.round(exec.realMs),
    });
    for (const observer of observers) observer(reports.at(-1)!);
  }

  /** Lets the execution run on from where it was answered, until its next request or its end. */
  function listen(exec: Execution): void {
    const began = performance.now();
    const message = exec.thread!.next(hangMs);
    stats.threadMs += performance.now() - began;
    exec.realMs += performance.now() - began;
    if (!message) return finish(exec, 'hung', exec.t);
    if (message.kind === 'end') return finish(exec, message.ok ? 'ok' : 'error', exec.t, message);
    exec.phase = { kind: 'request', request: message };
  }

  function answer(exec: Execution, value: unknown): void {
    exec.thread!.answer({ value: handles.out(value) });
    listen(exec);
  }

  function fail(exec: Execution, error: unknown): void {
    const e = error as { name?: unknown; message?: unknown };
    exec.thread!.answer({
      error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? error) },
    });
    listen(exec);
  }

  /** Runs the request on the real fake at the execution's time and moves its time on. */
  function serve(exec: Execution, request: Request): void {
    const began = performance.now();
    stats.requests++;
    running = exec;
    hits = [];
    setNow(exec.t);
    const asBefore = actAs(exec);
    let value: unknown;
    let error: unknown;
    let threw = false;
    let cellsRead = 0;
    let cellsWritten = 0;
    try {
      const target = handles.get(request.id) as Record<string, unknown> & ((...a: unknown[]) => unknown);
      switch (request.kind) {
        case 'get': {
          const v = target[request.prop];
          value = typeof v === 'function' ? METHOD_WIRE : v;
          break;
        }
        case 'has':
          value = request.prop in target;
          break;
        case 'set':
          target[request.prop] = handles.in(request.value);
          break;
        case 'call': {
          const args = request.args.map((a) => handles.in(a));
          const fn = target[request.prop] as (...a: unknown[]) => unknown;
          if (typeof fn !== 'function') throw new TypeError(`${request.prop} is not a function`);
          value = fn.apply(target, args);
          if (request.prop === 'setValues' || request.prop === 'appendRow') cellsWritten = cellsOf(args[0]);
          break;
        }
        case 'apply':
          value = target(...request.args.map((a) => handles.in(a)));
          break;
      }
      if (hits.some((m) => m === 'Range.getValues' || m === 'Range.getFormulas')) cellsRead = cellsOf(value);
    } catch (e) {
      threw = true;
      error = e;
    } finally {
      running = undefined;
      asBefore();
    }
    stats.serveMs += performance.now() - began;
    if (threw && error === KILL) return finish(exec, 'killed', exec.t);
    const after = clock.nowMs + requestLatencyMs(hits, cellsRead, cellsWritten);
    // A call still under way at the limit: its effect happened, the script never sees it return.
    if (after > exec.deadlineMs) return finish(exec, 'killed', exec.deadlineMs);
    exec.t = after;
    pool.clock[0] = after;
    if (!threw && value instanceof Blocked) {
      exec.phase = { kind: 'blocked', blocked: value };
      return;
    }
    if (threw) fail(exec, error);
    else if (value === METHOD_WIRE) {
      exec.thread!.answer({ value: METHOD_WIRE });
      listen(exec);
    } else answer(exec, value);
  }

  /**
   * Each service call is answered as the user its execution runs as; the returned undo puts
   * back the test's own user (the one a click or a `start` from test code runs as).
   */
  function actAs(exec: Execution): () => void {
    const saved = { current: fakes.users.current, inTrigger: fakes.users.inTrigger };
    fakes.users.current = exec.user;
    fakes.users.inTrigger = exec.byTrigger;
    return () => Object.assign(fakes.users, saved);
  }

  function resumeBlocked(exec: Execution, blocked: Blocked, atMs: number): void {
    running = exec;
    const asBefore = actAs(exec);
    setNow(atMs);
    exec.t = atMs;
    let value: unknown;
    let error: unknown;
    let threw = false;
    try {
      if (blocked.ready()) value = blocked.take();
      else if (atMs >= blocked.deadlineMs) value = blocked.timeout();
      else return; // another waiter took it first: wait on
    } catch (e) {
      threw = true;
      error = e;
    } finally {
      running = undefined;
      asBefore();
    }
    if (threw) fail(exec, error);
    else answer(exec, value);
  }

  function step(exec: Execution, atMs: number): void {
    switch (exec.phase.kind) {
      case 'waiting':
        stats.starts++;
        setNow(exec.t);
        exec.thread = pool.take();
        exec.thread.start(
          exec.name,
          exec.event === undefined ? undefined : handles.out(exec.event),
          globalWires(),
        );
        return listen(exec);
      case 'request':
        return serve(exec, exec.phase.request);
      case 'blocked':
        return resumeBlocked(exec, exec.phase.blocked, atMs);
      case 'done':
        return;
    }
  }

  function fire(trigger: FakeTrigger, atMs: number): void {
    setNow(atMs);
    const event = fakes.scriptApp.fire(trigger);
    startAsTrigger(trigger.owner, trigger.handler, event, atMs);
  }

  /** Processes one event due by `limitMs`; false when there is none. */
  function advance(limitMs: number): boolean {
    const began = performance.now();
    const next = pick(limitMs);
    stats.scheduleMs += performance.now() - began;
    if (!next) return false;
    switch (next.kind) {
      case 'action':
        actions.splice(actions.indexOf(next.action), 1);
        setNow(next.atMs);
        next.action.run();
        break;
      case 'trigger':
        fire(next.trigger, next.atMs);
        break;
      case 'kill':
        finish(next.exec, 'killed', next.atMs);
        break;
      case 'step':
        step(next.exec, next.atMs);
        break;
    }
    return true;
  }

  const MAX_EVENTS = 2_000_000;

  /** Runs everything due up to `targetMs` (executions started before it may still be running). */
  function runUntil(targetMs: number): void {
    for (let n = 0; advance(targetMs); n++) if (n > MAX_EVENTS) throw new Error('the schedule never settles');
    setNow(Math.max(clock.nowMs, targetMs));
  }

  /** Runs on (triggers included) until no execution is left running, at most until `capMs`. */
  function settle(capMs = clock.nowMs + 24 * 3600_000): void {
    for (let n = 0; alive().length > 0 || actions.some((a) => a.atMs <= capMs); n++) {
      if (!advance(capMs)) break;
      if (n > MAX_EVENTS) throw new Error('the schedule never settles');
    }
  }

  /** A menu click now: runs until that execution ends (others interleave); returns its report. */
  function click(name: string, ...args: unknown[]): ExecutionReport {
    const id = start(name, args.length > 0 ? args[0] : undefined, clock.nowMs);
    for (let n = 0; !reports.some((r) => r.id === id); n++) {
      if (!advance(Number.POSITIVE_INFINITY) || n > MAX_EVENTS) throw new Error(`${name} never ended`);
    }
    return reports.find((r) => r.id === id)!;
  }

  return {
    fakes,
    lock,
    start,
    startAsTrigger,
    at,
    submitForm,
    runUntil,
    settle,
    click,
    /** Executions that ended, in the order they ended. */
    executions: reports as readonly ExecutionReport[],
    /** Executions started and not ended yet. */
    running: (): readonly { id: number; name: string; startMs: number }[] => alive(),
    /** Called after each execution ends (to watch the sheet between executions). */
    observe(observer: (report: ExecutionReport) => void): void {
      observers.push(observer);
    },
    /**
     * Called at each service call an execution makes, before it has any effect, with the
     * execution's id (`lock.owner` then says whether that execution holds the script lock).
     */
    observeCalls(observer: (method: string, execution: number) => void): void {
      callObservers.push(observer);
    },
    /** The next execution of this handler that starts (a trigger's, say) gets these faults. */
    faultNext(handler: string, faults: StartOptions): void {
      faultsNext.set(handler, [...(faultsNext.get(handler) ?? []), faults]);
    },
    injectTransient(methods: readonly string[], rate: number, seed: number): void {
      transient = { methods: new Set(methods), rate, random: seeded(seed) };
    },
    clearTransient(): void {
      transient = undefined;
    },
    transientThrown: (): number => transientThrown,
    stats,
    /** Threads started so far by the pool this world uses. */
    threadsStarted: (): number => pool.started,
    /** Stops whatever still runs (their threads are killed, their locks released). */
    close(): void {
      for (const exec of alive()) finish(exec, 'killed', exec.t);
    },
  };
}

export type SideBySide = ReturnType<typeof createSideBySide>;
