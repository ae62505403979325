import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { RAW_RESPONSES_TABLE } from '../../src/core/schema/response-tables';
import { closePools } from '../gas/fakes/side-by-side/channel';
import { createSideBySide, type SideBySide, type StartOptions } from '../gas/fakes/side-by-side/world';
import { buildBase, type Base } from './concurrency-world';
import { bundleCode } from './load-bundle';
import { pasteTabs, sampleResponseTabs } from './report-world';
import { recordsOf } from './sheet-view';
import { formOf } from './week-world';
import { filledAnswers } from './form-answers';

/**
 * The week's report with other executions side by side: the Doc is written WITHOUT the script
 * lock (a slow Docs keeps no answer waiting), and report runs that overlap — a duplicated
 * trigger delivery, a click on "Tạo báo cáo ngay", a run killed half-way — still make one Doc
 * and one link mail.
 */
let code = '';
let base: Base;

beforeAll(async () => {
  code = await bundleCode();
  base = buildBase(code);
  pasteTabs(base.fakes.spreadsheet, sampleResponseTabs());
}, 120_000);

afterAll(() => closePools());

const MINUTE = 60_000;
/** 17:00 on 07/10/2021 in Hồ Chí Minh City: the installed report trigger's time. */
const REPORT_TIME = Date.parse('2021-10-07T10:00:00Z');
const SCHEDULED = 'buildReportOnSchedule';
/** The Recorder's names of DocumentApp calls (the Doc, its body and every element in it). */
const DOCUMENT_CALL =
  /^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|InlineImage)\./;

interface Played {
  readonly world: SideBySide;
  /** Every DocumentApp call: which execution made it and whether it held the script lock then. */
  readonly documentCalls: { readonly execution: number; readonly locked: boolean }[];
  /** When each response first showed in "Phản hồi gốc" (the end of the run that wrote it). */
  readonly recordedAt: Map<string, number>;
}

/**
 * A world from the base at a few seconds before the report time. The daily runs are left out
 * (their triggers never fire here): the report trigger, the runs the test starts and the
 * one-off runs they schedule are what plays.
 */
function play(setUp: (world: SideBySide) => void, faults?: StartOptions): Played {
  const world = createSideBySide(code, { from: base.fakes });
  const { fakes } = world;
  for (const trigger of fakes.scriptApp.triggers)
    if (trigger.eventType === 'CLOCK' && trigger.handler !== SCHEDULED) trigger.nextMs = undefined;
  fakes.clock.nowMs = REPORT_TIME - 5_000;
  if (faults) world.faultNext(SCHEDULED, faults);
  const documentCalls: Played['documentCalls'] = [];
  world.observeCalls((method, execution) => {
    if (DOCUMENT_CALL.test(method)) documentCalls.push({ execution, locked: world.lock.owner === execution });
  });
  const recordedAt = new Map<string, number>();
  world.observe((report) => {
    for (const row of recordsOf(fakes.spreadsheet, RAW_RESPONSES_TABLE.name)) {
      const id = String(row['Mã phản hồi'] ?? '');
      if (id && !recordedAt.has(id)) recordedAt.set(id, report.endMs);
    }
  });
  setUp(world);
  world.runUntil(REPORT_TIME + 30 * MINUTE);
  world.settle();
  return { world, documentCalls, recordedAt };
}

const reportMails = (world: SideBySide) =>
  world.fakes.mail.sent.filter((m) => m.subject.includes('Báo cáo kết quả Tuần lễ'));
const reportRows = (world: SideBySide) =>
  recordsOf(world.fakes.spreadsheet, OUTBOX_TABLE.name).filter((r) =>
    String(r['Khóa']).startsWith('report-mail:'),
  );

/** Apps Script delivering the report trigger a second time at the report time: as its owner. */
function deliverAgain(world: SideBySide): void {
  const owner = world.fakes.scriptApp.of(SCHEDULED)[0]!.owner;
  world.at(
    REPORT_TIME,
    () => void world.startAsTrigger(owner, SCHEDULED, { authMode: 'FULL', triggerUid: 'again' }),
  );
}

describe('the report while others run', () => {
  it('writes the Doc without the script lock: an answer sent during a slow render is recorded within 2 minutes', () => {
    const person = base.people[0]!;
    let submittedAt = 0;
    // Docs answers one call slowly (2.5 minutes): the report run is still writing when the
    // teacher answers, and long after.
    const played = play(
      (world) => {
        const form = formOf(world.fakes, 'attendance');
        submittedAt = REPORT_TIME + 20_000;
        world.submitForm(
          form,
          { email: person.email, answers: filledAnswers(form, person.name) },
          submittedAt,
        );
      },
      { stall: { method: 'Body.appendTable', nth: 2, ms: 150_000 } },
    );
    const { world, documentCalls, recordedAt } = played;
    const report = world.executions.find((e) => e.name === SCHEDULED)!;
    expect(report.ok, report.error?.message).toBe(true);
    // the report really wrote its Doc, and never while holding the lock
    expect(documentCalls.filter((c) => c.execution === report.id).length).toBeGreaterThan(100);
    expect(documentCalls.filter((c) => c.locked).length, 'DocumentApp calls under the lock').toBe(0);

    const response = world.fakes.formApp.forms
      .flatMap((f) => f.responses)
      .find((r) => r.email === person.email);
    expect(response).toBeDefined();
    const recorded = recordedAt.get(response!.id);
    expect(recorded, 'the answer is in "Phản hồi gốc"').toBeDefined();
    // recorded while the report was still being written, well before the 17:00 sweep
    expect(recorded!).toBeLessThan(report.endMs);
    expect(recorded! - submittedAt).toBeLessThanOrEqual(2 * MINUTE);

    expect(world.fakes.documentApp.docs).toHaveLength(1);
    expect(reportMails(world)).toHaveLength(1);
  });

  it('a duplicated trigger delivery and a click at the same moment make one Doc and one link mail; the click says the report is being made', () => {
    const { world, documentCalls } = play((world) => {
      deliverAgain(world);
      world.at(REPORT_TIME + 1_000, () => void world.start('buildReportNow'));
    });
    const runs = world.executions.filter((e) => e.name === SCHEDULED || e.name === 'buildReportNow');
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.filter((e) => !e.ok).map((e) => e.error?.message)).toEqual([]);
    expect(documentCalls.filter((c) => c.locked).length, 'DocumentApp calls under the lock').toBe(0);
    // DocumentApp was written by one run only
    expect(new Set(documentCalls.map((c) => c.execution)).size).toBe(1);

    expect(world.fakes.documentApp.docs).toHaveLength(1);
    const doc = world.fakes.documentApp.docs[0]!;
    expect(doc.name).not.toMatch(/xem trước/);
    const mails = reportMails(world);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain(doc.url);
    expect(reportRows(world).map((r) => [r['Khóa'], r['Trạng thái']])).toEqual([
      [`report-mail:2021:final:${doc.id}`, 'đã gửi'],
    ]);
    // The click is told in a dialog; a trigger's run, which has none, in the log.
    const said = [...(world.fakes.ui?.alerts.map((a) => a.prompt) ?? []), ...world.fakes.transcript];
    expect(said.some((p) => /^Một lần chạy khác đang lập báo cáo .*bấm "Tạo báo cáo ngay"/.test(p))).toBe(
      true,
    );
    expect(said.some((p) => /lần chạy theo lịch sẽ thử lại sau khoảng 2 phút/.test(p))).toBe(true);
    expect(world.fakes.scriptApp.pending(SCHEDULED)).toEqual([]);
  });

  it('a report run killed half-way: the duplicate delivery waits out its claim, then finishes the same Doc, one link mail', () => {
    const { world, documentCalls } = play(
      (world) => {
        deliverAgain(world);
      },
      { killAt: { method: 'Body.appendTable', nth: 3 } },
    );
    const runs = world.executions.filter((e) => e.name === SCHEDULED);
    expect(runs.filter((e) => e.killed)).toHaveLength(1);
    expect(documentCalls.filter((c) => c.locked).length, 'DocumentApp calls under the lock').toBe(0);
    expect(world.fakes.documentApp.docs).toHaveLength(1);
    const doc = world.fakes.documentApp.docs[0]!;
    expect(doc.name).not.toMatch(/xem trước/);
    // Sections I–III once each (the seed has no proposals for IV): the Doc was finished, not doubled.
    expect(doc.body.paragraphs().filter((p) => p.heading === 'HEADING1')).toHaveLength(3);
    const mails = reportMails(world);
    expect(mails).toHaveLength(1);
    // the killed run's claim was honoured to its lease's end, then a retry made the report
    expect(runs.filter((e) => e.ok).length).toBeGreaterThanOrEqual(3);
    expect(mails[0]!.atMs - REPORT_TIME).toBeGreaterThan(7 * MINUTE);
    expect(mails[0]!.atMs - REPORT_TIME).toBeLessThanOrEqual(12 * MINUTE);
    expect(reportRows(world)).toHaveLength(1);
    expect(world.fakes.scriptApp.pending(SCHEDULED)).toEqual([]);
    // the retries replaced one another: only the report time's own trigger is still listed
    expect(world.fakes.scriptApp.of(SCHEDULED)).toHaveLength(1);
  });
});
