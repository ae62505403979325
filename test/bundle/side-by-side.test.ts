import { afterAll, describe, expect, it } from 'vitest';
import { LATENCY_MS } from '../../src/local/bench/bench-model';
import { closePools } from '../gas/fakes/side-by-side/channel';
import { LOCK_TIMEOUT_ERROR } from '../gas/fakes/side-by-side/lock';
import { createSideBySide, EXECUTION_LIMIT_MS } from '../gas/fakes/side-by-side/world';
import { DAILY_QUOTA_MESSAGES } from '../gas/fakes';

/**
 * The scheduler itself, on small scripts written for it (the product's executions are in the
 * other side-by-side tests): executions really run side by side, in simulated time, and the lock
 * and the 6-minute limit behave as Apps Script documents them.
 */
const SCRIPT = `
var props = function () { return PropertiesService.getScriptProperties(); };
function writer(name) {
  for (var i = 0; i < 3; i++) { props().setProperty(name + i, String(Date.now())); Logger.log(name + i); }
}
function alpha() { writer('a'); }
function beta() { writer('b'); }

function holdLock() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  Logger.log('holder has it at ' + Date.now());
  Utilities.sleep(60000);
  lock.releaseLock();
  Logger.log('holder released at ' + Date.now());
}
function waitShort() {
  LockService.getScriptLock().waitLock(30000);
  Logger.log('waitShort got the lock');
}
function tryShort() {
  var got = LockService.getScriptLock().tryLock(30000);
  Logger.log('tryShort ' + got + ' at ' + Date.now() + ' hasLock ' + LockService.getScriptLock().hasLock());
}
function waitLong() {
  var lock = LockService.getScriptLock();
  lock.waitLock(300000);
  Logger.log('waitLong got it at ' + Date.now() + ' hasLock ' + lock.hasLock());
}

function holdForever() {
  var lock = LockService.getScriptLock();
  lock.waitLock(1000);
  var i = 0;
  try {
    for (;;) { props().setProperty('n', String(++i)); Utilities.sleep(50000); }
  } finally {
    Logger.log('cleanup ran');
  }
}
function spin() { for (;;) {} }
function realmErrors() {
  try { props().setProperty('big', new Array(10000).join('x')); }
  catch (e) { Logger.log('caught ' + (e instanceof Error) + ' ' + e.message); }
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  Logger.log('same handle ' + (ss === SpreadsheetApp.getActiveSpreadsheet()));
  Logger.log('clock ' + (new Date().getTime() === Date.now()) + ' ' + Date.now());
}
function readGrid() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('T');
  sheet.getRange(1, 1, 10, 10).setValues(Array.from({ length: 10 }, function () { return Array(10).fill(1); }));
  var t = Date.now();
  sheet.getRange(1, 1, 10, 10).getValues();
  Logger.log('read took ' + (Date.now() - t));
}
function plant() { ScriptApp.newTrigger('tick').timeBased().after(60000).create(); }
function tick() { Logger.log('tick at ' + Date.now()); }
function slowTick() { Utilities.sleep(120000); Logger.log('slowTick at ' + Date.now()); }
function plantSlow() {
  for (var h = 1; h <= 5; h++) ScriptApp.newTrigger('slowTick').timeBased().after(h * 3600000).create();
  ScriptApp.newTrigger('slowTick').timeBased().after(26 * 3600000).create();
}
function onSubmit(e) { Logger.log('submit ' + e.response.getId() + ' via ' + e.triggerUid); }
`;

afterAll(() => closePools());

const line = (lines: readonly string[], prefix: string): string | undefined =>
  lines.find((l) => l.startsWith(prefix));
const numberAfter = (text: string | undefined, word: string): number =>
  Number(new RegExp(`${word} (\\d+)`).exec(text ?? '')?.[1]);

describe('executions side by side', () => {
  it("interleave at service calls: two executions' calls alternate, ties go as the choice says", () => {
    const world = createSideBySide(SCRIPT);
    const t0 = world.fakes.clock.nowMs;
    world.start('alpha', undefined, t0);
    world.start('beta', undefined, t0);
    world.settle();
    expect(world.fakes.transcript).toEqual(['a0', 'b0', 'a1', 'b1', 'a2', 'b2']);
    // each properties call (3 lookups, 3 writes) costs the latency model's round trip, after
    // the start-up cost; the log costs nothing
    const alpha = world.executions.find((e) => e.name === 'alpha')!;
    expect(alpha.endMs - alpha.startMs).toBe(LATENCY_MS.execution + 6 * LATENCY_MS.properties);
    expect(alpha.calls['Properties.setProperty']).toBe(3);

    const reversed = createSideBySide(SCRIPT, { choose: (n) => n - 1 });
    reversed.start('alpha', undefined, t0);
    reversed.start('beta', undefined, t0);
    reversed.settle();
    expect(reversed.fakes.transcript).toEqual(['b0', 'a0', 'b1', 'a1', 'b2', 'a2']);

    // an execution that starts later runs between the calls of one already running
    const late = createSideBySide(SCRIPT);
    late.start('alpha', undefined, t0);
    late.start('beta', undefined, t0 + LATENCY_MS.properties * 2 + 1);
    late.settle();
    expect(late.fakes.transcript).toEqual(['a0', 'a1', 'b0', 'a2', 'b1', 'b2']);
  });

  it('waitLock blocks in simulated time and throws Apps Script’s error at its timeout; tryLock returns false', () => {
    const world = createSideBySide(SCRIPT);
    const t0 = world.fakes.clock.nowMs;
    world.start('holdLock', undefined, t0);
    world.start('waitShort', undefined, t0 + 1000);
    world.start('tryShort', undefined, t0 + 2000);
    world.start('waitLong', undefined, t0 + 3000);
    world.settle();
    const byName = (n: string) => world.executions.find((e) => e.name === n)!;
    expect(byName('waitShort').outcome).toBe('error');
    expect(byName('waitShort').error?.message).toBe(LOCK_TIMEOUT_ERROR);
    // it waited its 30 s in simulated time (from its first line, after the start-up cost)
    expect(byName('waitShort').endMs).toBe(t0 + 1000 + LATENCY_MS.execution + 30_000);
    const lines = world.fakes.transcript;
    expect(line(lines, 'tryShort false')).toBeDefined();
    expect(numberAfter(line(lines, 'tryShort'), 'at')).toBe(t0 + 2000 + LATENCY_MS.execution + 30_000);
    expect(line(lines, 'tryShort')).toMatch(/hasLock false/);
    // the long waiter gets it the moment the holder lets go, and only it holds it then
    const released = numberAfter(line(lines, 'holder released'), 'at');
    expect(numberAfter(line(lines, 'waitLong got it'), 'at')).toBe(released);
    expect(line(lines, 'waitLong got it')).toMatch(/hasLock true/);
    expect(world.lock.held).toBe(false);
    expect(world.lock.timeouts).toBe(2);
  });

  it('an execution is killed at 6 minutes, runs no cleanup, and its lock goes to the next waiter', () => {
    const world = createSideBySide(SCRIPT);
    const t0 = world.fakes.clock.nowMs;
    world.start('holdForever', undefined, t0);
    world.start('waitLong', undefined, t0 + 100_000);
    world.settle();
    const holder = world.executions.find((e) => e.name === 'holdForever')!;
    expect(holder.outcome).toBe('killed');
    expect(holder.endMs - holder.startMs).toBe(EXECUTION_LIMIT_MS);
    expect(world.fakes.transcript).not.toContain('cleanup ran');
    // about one write a 50 s sleep for 6 minutes: it really ran until the clock stopped it
    expect(Number(world.fakes.properties.store.get('n'))).toBe(8);
    const waiter = world.executions.find((e) => e.name === 'waitLong')!;
    expect(waiter.outcome).toBe('ok');
    expect(numberAfter(line(world.fakes.transcript, 'waitLong got it'), 'at')).toBe(t0 + EXECUTION_LIMIT_MS);
  });

  it('a script that loops without calling a service is stopped as hung; the test goes on', () => {
    const world = createSideBySide(SCRIPT, { hangMs: 300 });
    world.start('spin');
    world.start('alpha');
    world.settle();
    expect(world.executions.find((e) => e.name === 'spin')?.outcome).toBe('hung');
    expect(world.executions.find((e) => e.name === 'alpha')?.outcome).toBe('ok');
  });

  it("errors are the script's own Errors, handles keep their identity, the clock is the simulation's", () => {
    const world = createSideBySide(SCRIPT);
    world.click('realmErrors');
    const lines = world.fakes.transcript;
    expect(line(lines, 'caught')).toBe('caught true Argument too large: value');
    expect(lines).toContain('same handle true');
    expect(line(lines, 'clock')).toMatch(/^clock true/);
    expect(numberAfter(line(lines, 'clock'), 'true')).toBeGreaterThan(world.executions[0]!.startMs);
  });

  it('a read costs the model’s round trip plus its cells', () => {
    const world = createSideBySide(SCRIPT);
    world.click('readGrid');
    expect(line(world.fakes.transcript, 'read took')).toBe(
      `read took ${Math.round(LATENCY_MS.sheetOther + LATENCY_MS.sheetRead + 100 * LATENCY_MS.perCellRead)}`,
    );
  });

  it('clock triggers fire at their due time as executions of their own; a submission reaches every submit trigger', () => {
    const world = createSideBySide(SCRIPT);
    const t0 = world.fakes.clock.nowMs;
    world.click('plant');
    world.runUntil(t0 + 10 * 60_000);
    const tick = world.executions.find((e) => e.name === 'tick')!;
    const due = world.fakes.scriptApp.of('tick')[0]!;
    expect(due.fired).toBe(true);
    expect(tick.startMs).toBe(t0 + LATENCY_MS.execution + 60_000 + LATENCY_MS.properties);

    const form = world.fakes.formApp.create('F');
    form.addTextItem().setTitle('Tên');
    form.setPublished(true);
    form.setAcceptingResponses(true);
    world.fakes.scriptApp.newTrigger('onSubmit').forForm(form).onFormSubmit().create();
    world.fakes.scriptApp.newTrigger('onSubmit').forForm(form).onFormSubmit().create();
    world.submitForm(form, { email: 'a@example.edu.vn', answers: { Tên: 'An' } }, t0 + 11 * 60_000, 2);
    world.settle();
    const submits = world.executions.filter((e) => e.name === 'onSubmit');
    expect(submits).toHaveLength(4);
    expect(new Set(submits.map((e) => e.startMs))).toEqual(new Set([t0 + 11 * 60_000]));
    expect(world.fakes.transcript.filter((l) => l.startsWith('submit resp-1 via'))).toHaveLength(4);
  });

  it("charges trigger runtime to the trigger's owner: past the daily total, trigger runs fail with the quota error, menu runs do not count", () => {
    // 5 minutes a day instead of 90, so three 2-minute runs reach it.
    const world = createSideBySide(SCRIPT, { quotas: { limits: { triggerMs: 5 * 60_000 } } });
    const t0 = world.fakes.clock.nowMs;
    world.click('plantSlow');
    world.runUntil(t0 + 6 * 3_600_000);
    const ticks = world.executions.filter((e) => e.name === 'slowTick');
    expect(ticks.map((e) => e.ok)).toEqual([true, true, true, false, false]);
    // The third run started with 1 minute left and ran its 2 minutes: Apps Script stops new runs, not a running one.
    expect(ticks[3]!.error?.message).toBe(DAILY_QUOTA_MESSAGES.en.triggerMs);
    expect(ticks[3]!.totalCalls).toBe(0);
    expect(world.fakes.scriptApp.refusedRuns.map((r) => r.handler)).toEqual(['slowTick', 'slowTick']);
    expect(world.fakes.transcript.filter((l) => l.startsWith('slowTick at'))).toHaveLength(3);
    // A menu run is no trigger: it runs.
    expect(world.click('slowTick').ok).toBe(true);
    // 24 hours after the owner's first trigger run the window resets and the trigger runs again.
    world.runUntil(t0 + 27 * 3_600_000);
    const later = world.executions.filter(
      (e) => e.name === 'slowTick' && e.startMs > ticks[0]!.startMs + 24 * 3_600_000,
    );
    expect(later.length).toBeGreaterThan(0);
    expect(later[0]!.ok).toBe(true);
    world.close();
  });
});
