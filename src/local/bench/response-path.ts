import vm from 'node:vm';
import { importResponses, type Submission } from '../../app/forms/handle-form-submit';
import { formIdProperty } from '../../app/forms/sync-forms';
import { PROCESS_RESPONSES_HANDLER, SUBMIT_HANDLERS, TRIGGER_RULES } from '../../app/jobs/triggers';
import { sendInvitations } from '../../app/outbox/send-invitations';
import { localDateTime } from '../../core/cell';
import { FORM_IDS } from '../../core/forms/types';
import { RAW_RESPONSES_TABLE } from '../../core/schema/response-tables';
import { findTabName } from '../../core/table';
import { SCHOOL_TIME_ZONE, toInstant, toWallClock } from '../../core/time-zone';
import type { GridTables } from '../week/grid-tables';
import { drainOutbox } from '../../app/outbox/drain-outbox';
import type { ClockPort, TablesPort } from '../../ports';
import { MAIL_QUOTA } from './bench-model';
import {
  countingTables,
  CountingProperties,
  freeLock,
  noCalls,
  noSleep,
  noTriggers,
  quietLog,
  RecordingMail,
  type CallCounts,
} from './bench-ports';
import { schoolResponses, schoolTables, type SchoolSize } from './bench-school';
import { callsBetween, gasStandIns, type CallSnapshot } from './gas-stand-ins';

/**
 * A response's path as Apps Script runs it: the pushed bundle (dist/Code.js) in a bare
 * node:vm whose only globals are counting stand-ins of the services (gas-stand-ins.ts), on a
 * workbook the size of the school. Each submission is one execution of its form's submit
 * handler; the processing run a minute later (the one-off trigger the first one made) records
 * the waiting batch and sends the confirmations. Every service call is counted, not only the
 * spreadsheet's, because each is a round trip in Apps Script.
 */

/** Batches of waiting responses the processing run is measured on. */
const BATCH_SIZES = [1, 20, 200] as const;

export interface ResponsePathRun {
  /** A submission when no processing run is pending: it makes the one-off trigger. */
  readonly submitFirst: CallSnapshot;
  /** The costliest submission that found a processing run pending. */
  readonly submitNext: CallSnapshot;
  /** The most cells any submit run read (the spreadsheet stand-in holds the school's tabs). */
  readonly submitCellsRead: number;
  readonly batches: readonly { readonly waiting: number; readonly calls: CallSnapshot }[];
  /** The 17:00 run: missed responses swept from the forms, the organiser's note, the drain. */
  readonly progress: CallSnapshot;
}

/**
 * The school late on its busiest day (01/10): invitations queued, every staff member and family
 * has answered once, so the tabs a batch reads are as large as they get that day. `mail`:
 * 'consumer' — the 00:10 drain sent what a personal account's 100 mails a day allow and left the
 * rest for tomorrow (that drain is counted: it is part of the day); 'sent' — every mail of the
 * days before went out, so a batch's drain sends its own confirmations only.
 */
export function busyDayWorkbook(
  size: SchoolSize,
  mail: 'consumer' | 'sent',
): { tables: GridTables; answered: Submission[]; inviteDrain: CallCounts } {
  const tables = schoolTables(size);
  sendInvitations({ tables, clock: at(28, 8), lock: freeLock, log: quietLog }, { families: true });
  const inviteDrain = noCalls();
  if (mail === 'consumer')
    drain(countingTables(tables, inviteDrain), inviteDrain, at(1, 0, 10), MAIL_QUOTA.consumer);
  const answered = schoolResponses(size);
  importResponses({ tables, clock: at(1, 7), lock: freeLock, log: quietLog }, answered);
  if (mail === 'sent') drain(tables, noCalls(), at(1, 8), Number.MAX_SAFE_INTEGER);
  return { tables, answered, inviteDrain };
}

const at = (day: number, hour: number, minute = 0): ClockPort => ({
  now: () => toInstant(localDateTime(2021, day > 20 ? 9 : 10, day, hour, minute), SCHOOL_TIME_ZONE),
});

function drain(tables: TablesPort, calls: CallCounts, clock: ClockPort, quota: number): void {
  drainOutbox(
    {
      tables,
      clock,
      log: quietLog,
      lock: freeLock,
      mail: new RecordingMail(calls, quota),
      sleep: noSleep,
      triggers: noTriggers,
      properties: new CountingProperties(calls),
    },
    {},
  );
}

const PROGRESS_HANDLER = TRIGGER_RULES.find((r) => r.job === 'progress')!.handler;

/**
 * Runs the submit runs and processing batches of BATCH_SIZES, then the 17:00 run, on the
 * bundle `code`, with `mailQuota` mails left today. The batches' answers are second answers
 * of the school's own people (latest wins): the same work as first answers, at any size.
 */
export function measureResponsePath(
  code: string,
  workbook: { tables: GridTables; answered: readonly Submission[] },
  mailQuota: number,
  batchSizes: readonly number[] = BATCH_SIZES,
): ResponsePathRun {
  const tabs = new Map(workbook.tables.tableNames().map((name) => [name, workbook.tables.read(name) ?? []]));
  const formIds = new Map(FORM_IDS.map((f) => [f, `bench-form-${f}`]));
  const world = gasStandIns({
    tabs,
    properties: new Map([...formIds].map(([f, id]) => [formIdProperty(f), id])),
    timeZone: SCHOOL_TIME_ZONE,
    mailQuota,
  });
  const clock = { nowMs: toInstant(localDateTime(2021, 10, 1, 9, 0), SCHOOL_TIME_ZONE).getTime() };
  const context = vm.createContext({ ...world.globals, console: quietConsole, __benchClock: clock });
  vm.runInContext(CLOCK_PRELUDE, context);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const run = (handler: string, event?: unknown): CallSnapshot => {
    const fn = (context as Record<string, unknown>)[handler];
    if (typeof fn !== 'function') throw new Error(`dist/Code.js has no global ${handler}`);
    const before = world.calls.snapshot();
    (fn as (e?: unknown) => void)(event);
    clock.nowMs += 1_000;
    return callsBetween(before, world.calls.snapshot());
  };
  for (const s of workbook.answered) world.respond(formIds.get(s.formId)!, s);
  const rawTab = findTabName(RAW_RESPONSES_TABLE, [...tabs.keys()])!;
  const rawRows = (): number => world.sheet(rawTab)?.length ?? 0;

  let submitFirst: CallSnapshot | undefined;
  let submitNext: CallSnapshot | undefined;
  let submitCellsRead = 0;
  const batches: ResponsePathRun['batches'][number][] = [];
  let k = 0;
  for (const waiting of batchSizes) {
    const rowsBefore = rawRows();
    for (let i = 0; i < waiting; i++, k++) {
      const template = workbook.answered[k % workbook.answered.length]!;
      const submission: Submission = {
        ...template,
        raw: {
          ...template.raw,
          responseId: `again-${k}`,
          timestamp: toWallClock(new Date(clock.nowMs), SCHOOL_TIME_ZONE),
        },
      };
      const response = world.respond(formIds.get(submission.formId)!, submission);
      const cost = run(SUBMIT_HANDLERS[submission.formId], { response });
      submitCellsRead = Math.max(submitCellsRead, cost.cellsRead);
      if (i === 0) submitFirst = costlier(submitFirst, cost);
      else submitNext = costlier(submitNext, cost);
    }
    if (!world.triggers().includes(PROCESS_RESPONSES_HANDLER))
      throw new Error('no processing run pending after the submissions');
    clock.nowMs += 61_000;
    const calls = run(PROCESS_RESPONSES_HANDLER);
    // Every answer of the batch kept in "Phản hồi gốc": otherwise the figures are of a failed run.
    if (rawRows() - rowsBefore !== waiting)
      throw new Error(`processing run recorded ${rawRows() - rowsBefore} of ${waiting} responses`);
    batches.push({ waiting, calls });
  }
  clock.nowMs = toInstant(localDateTime(2021, 10, 1, 17, 0), SCHOOL_TIME_ZONE).getTime();
  const progress = run(PROGRESS_HANDLER);
  return {
    submitFirst: submitFirst!,
    submitNext: submitNext ?? submitFirst!,
    submitCellsRead,
    batches,
    progress,
  };
}

/** Every service call of an execution. */
export const totalCalls = (calls: CallSnapshot): number =>
  Object.values(calls.byMethod).reduce((a, b) => a + b, 0);

const costlier = (a: CallSnapshot | undefined, b: CallSnapshot): CallSnapshot =>
  a && totalCalls(a) >= totalCalls(b) ? a : b;

/** Sheet round trips: the spreadsheet, its tabs and ranges. */
export const sheetCalls = (calls: CallSnapshot): number =>
  Object.entries(calls.byMethod)
    .filter(([m]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(m))
    .reduce((n, [, c]) => n + c, 0);

const quietConsole = { info: () => {}, log: () => {}, warn: () => {}, error: () => {} };

/**
 * Inside the vm, `new Date()` and `Date.now()` read the bench's clock, so the week's dates and
 * the one-off triggers' due times are those of the simulated day. The clock comes in through a
 * temporary global that is removed before the bundle loads.
 */
const CLOCK_PRELUDE = `(function (clock) {
  var RealDate = Date;
  function BenchDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return RealDate();
    return Reflect.construct(RealDate, args.length === 0 ? [clock.nowMs] : args, new.target);
  }
  BenchDate.prototype = RealDate.prototype;
  BenchDate.now = function () { return clock.nowMs; };
  BenchDate.UTC = RealDate.UTC;
  BenchDate.parse = RealDate.parse;
  globalThis.Date = BenchDate;
})(globalThis.__benchClock);
delete globalThis.__benchClock;`;
