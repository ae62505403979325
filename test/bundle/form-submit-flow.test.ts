import { beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { ATTENDANCE_TABLE, RAW_RESPONSES_TABLE } from '../../src/core/schema/response-tables';
import type { FakeForm } from '../gas/fakes';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { mailFamiliesInSheet, pasteSampleRoster, recordsOf } from './sheet-view';
import { filledAnswers } from './form-answers';

/**
 * Form submissions through dist/Code.js: Google Forms delivering each response to the submit
 * trigger Setup installed (a tiny lock-free run that queues it), then the processing run a
 * minute later that records the batch and sends the confirmations.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

function world(): { bundle: LoadedBundle; attendance: FakeForm } {
  const bundle = loadBundle(code);
  bundle.call('setup');
  pasteSampleRoster(bundle.fakes.spreadsheet);
  // The respondents below are not on the roster: the school mails them as it would families.
  mailFamiliesInSheet(bundle.fakes.spreadsheet);
  bundle.call('syncForms'); // groups of the roster become choices
  const attendance = bundle.fakes.formApp.forms.find((f) => f.title.startsWith('Lễ khai mạc'))!;
  return { bundle, attendance };
}

const tab = (bundle: LoadedBundle, name: string) => recordsOf(bundle.fakes.spreadsheet, name);

/** Calls of one execution, counted on the fakes (the trigger builder's own calls added: the fake records only newTrigger). */
function callsOf(bundle: LoadedBundle, run: () => void): { total: number; byMethod: Record<string, number> } {
  const before = bundle.fakes.rec.snapshot();
  run();
  const byMethod: Record<string, number> = {};
  for (const [method, n] of Object.entries(bundle.fakes.rec.calls)) {
    const diff = n - (before[method] ?? 0);
    if (diff > 0) byMethod[method] = diff;
  }
  // timeBased(), after(), create(): three more calls per trigger made in Apps Script.
  const builder = 3 * (byMethod['ScriptApp.newTrigger'] ?? 0);
  return { total: Object.values(byMethod).reduce((a, b) => a + b, 0) + builder, byMethod };
}

const waitingKeys = (bundle: LoadedBundle): string[] =>
  [...bundle.fakes.properties.store.keys()].filter((k) => k.startsWith('submit:'));

const confirmationsSent = (bundle: LoadedBundle): string[] =>
  bundle.fakes.mail.sent.map((m) => String(m.to)).filter((to) => to !== '');

describe('form submissions in the vm', () => {
  it('a submit while another run holds the lock is stored at once and recorded within two minutes', () => {
    const { bundle, attendance } = world();
    const { formApp, lock, clock, scriptApp } = bundle.fakes;
    const response = formApp.respond(
      attendance,
      'an@example.edu.vn',
      filledAnswers(attendance, 'Nguyễn Văn An'),
    );
    const submittedAt = clock.nowMs;
    // A drain (or Setup) is holding the script lock.
    lock.busy = true;
    const cost = callsOf(bundle, () => bundle.fakes.deliverFormSubmit(attendance, response, 1));
    expect(bundle.fakes.executions.at(-1)!.ok).toBe(true);
    expect(cost.byMethod['Lock.tryLock'] ?? 0).toBe(0);
    expect(
      Object.keys(cost.byMethod).filter((m) => m.startsWith('Spreadsheet') || m.startsWith('Range.')),
    ).toEqual([]);
    expect(waitingKeys(bundle)).toEqual([`submit:${response.id}`]);
    expect(scriptApp.pending('processResponses')).toHaveLength(1);
    expect(tab(bundle, RAW_RESPONSES_TABLE.name)).toHaveLength(0);

    // A minute later the lock is still busy: the run reschedules itself, nothing is dropped.
    scriptApp.runUntil(submittedAt + 61_000);
    expect(tab(bundle, RAW_RESPONSES_TABLE.name)).toHaveLength(0);
    expect(waitingKeys(bundle)).toHaveLength(1);
    expect(scriptApp.pending('processResponses')).toHaveLength(1);
    lock.busy = false;
    scriptApp.runUntil(submittedAt + 2 * 60_000 + 1_000);
    const raw = tab(bundle, RAW_RESPONSES_TABLE.name);
    expect(raw.map((r) => r['Mã phản hồi'])).toEqual([response.id]);
    expect(tab(bundle, ATTENDANCE_TABLE.name).map((r) => r['Email'])).toEqual(['an@example.edu.vn']);
    expect(confirmationsSent(bundle)).toEqual(['an@example.edu.vn']);
    expect(waitingKeys(bundle)).toEqual([]);
    // Its fired trigger is deleted: the 20 triggers a script may have do not fill up.
    expect(scriptApp.of('processResponses')).toEqual([]);
    expect(lock.held).toBe(false);
  });

  it('a submit costs at most 10 service calls in all, the same for the first and the tenth', () => {
    const { bundle, attendance } = world();
    const { formApp } = bundle.fakes;
    const costs = Array.from({ length: 10 }, (_, i) => {
      const response = formApp.respond(
        attendance,
        `gv${i}@example.edu.vn`,
        filledAnswers(attendance, `Người ${i}`),
      );
      return callsOf(bundle, () => bundle.fakes.deliverFormSubmit(attendance, response, 1)).total;
    });
    // The first makes the processing run's trigger; the others find it pending.
    expect(Math.max(...costs)).toBeLessThanOrEqual(10);
    expect(costs[0]).toBeGreaterThan(costs[1]!);
    expect(new Set(costs.slice(1)).size).toBe(1);
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * 60_000);
    expect(tab(bundle, RAW_RESPONSES_TABLE.name)).toHaveLength(10);
    expect(confirmationsSent(bundle)).toHaveLength(10);
  });

  it('each response is recorded once, one row per person, each confirmation sent once, with every trigger delivered twice', () => {
    const { bundle, attendance } = world();
    const { formApp, scriptApp, clock } = bundle.fakes;
    const people = [
      ['GV.An@Example.edu.vn', 'Nguyễn Văn An'],
      ['binh@example.edu.vn', 'Trần Thị Bình'],
      ['cuong@example.edu.vn', 'Lê Văn Cường'],
    ] as const;
    const responses = people.map(([email, name]) =>
      formApp.respond(attendance, email, filledAnswers(attendance, name)),
    );
    for (const r of responses) bundle.fakes.deliverFormSubmit(attendance, r, 2);
    expect(scriptApp.pending('processResponses')).toHaveLength(1);
    scriptApp.runUntil(clock.nowMs + 2 * 60_000, { duplicate: true });
    // Delivered again after it was recorded: a duplicate, nothing changes.
    bundle.fakes.deliverFormSubmit(attendance, responses[0]!, 2);
    // An changes his mind later: latest wins, the earlier answer stays in the raw tab.
    clock.advance(3600_000);
    const changed = formApp.respond(
      attendance,
      'gv.an@example.edu.vn',
      filledAnswers(attendance, 'Nguyễn Văn An', 1),
    );
    bundle.fakes.deliverFormSubmit(attendance, changed, 2);
    scriptApp.runUntil(clock.nowMs + 10 * 60_000, { duplicate: true });

    const ids = tab(bundle, RAW_RESPONSES_TABLE.name).map((r) => r['Mã phản hồi']);
    expect([...ids].sort()).toEqual([...responses, changed].map((r) => r.id).sort());
    const rows = tab(bundle, ATTENDANCE_TABLE.name);
    expect(rows.map((r) => r['Email']).sort()).toEqual(people.map(([e]) => e.toLowerCase()).sort());
    const an = rows.find((r) => r['Email'] === 'gv.an@example.edu.vn')!;
    expect(an['Hình thức']).toBe(filledAnswers(attendance, '', 1)['Bạn muốn']);
    const keys = tab(bundle, OUTBOX_TABLE.name)
      .map((r) => String(r['Khóa']))
      .filter((k) => /^(confirm|flagged)-mail:/.test(k));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(4);
    const sent = bundle.fakes.mail.sent.map((m) => m.subject + String(m.to));
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent).toHaveLength(4);
    expect(waitingKeys(bundle)).toEqual([]);
    expect(bundle.fakes.executions.every((e) => e.ok)).toBe(true);
  });

  it('a blank submit run says so in Vietnamese and has the processing run sweep the forms', () => {
    const { bundle, attendance } = world();
    const { formApp, scriptApp, clock } = bundle.fakes;
    // Google kept an answer whose trigger delivered nothing usable.
    const lost = formApp.respond(
      attendance,
      'binh@example.edu.vn',
      filledAnswers(attendance, 'Trần Thị Bình'),
    );
    const record = bundle.run('onAttendanceSubmit', { authMode: 'FULL' });
    expect(record.ok).toBe(true);
    expect(bundle.fakes.transcript.join('\n')).toContain('không kèm câu trả lời nào');
    expect(scriptApp.pending('processResponses')).toHaveLength(1);
    scriptApp.runUntil(clock.nowMs + 2 * 60_000);
    expect(tab(bundle, RAW_RESPONSES_TABLE.name).map((r) => r['Mã phản hồi'])).toEqual([lost.id]);
    expect(bundle.fakes.properties.store.has('responses.sweepAsked')).toBe(false);
  });

  it('a response whose question titles no longer match the form is kept and flagged', () => {
    const { bundle, attendance } = world();
    const response = formApp(bundle).respond(
      attendance,
      'an@example.edu.vn',
      filledAnswers(attendance, 'Nguyễn Văn An'),
    );
    bundle.fakes.deliverFormSubmit(attendance, response, 1);
    // The principal renames a question by hand before the processing run reads the response.
    const item = attendance.items.find((i) => /họ và tên/i.test(i.title))!;
    item.title = 'Tên của bạn';
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * 60_000);
    expect(tab(bundle, RAW_RESPONSES_TABLE.name).map((r) => r['Mã phản hồi'])).toEqual([response.id]);
    const row = tab(bundle, ATTENDANCE_TABLE.name)[0]!;
    expect(String(row['Cần xem lại'] ?? '')).not.toBe('');
  });

  it('a response arriving while Setup rebuilds the forms is recorded after Setup', () => {
    const { bundle, attendance } = world();
    const { formApp, faults, scriptApp, clock } = bundle.fakes;
    const response = formApp.respond(
      attendance,
      'an@example.edu.vn',
      filledAnswers(attendance, 'Nguyễn Văn An'),
    );
    faults.interleaveAt('Form.setTitle', 1, () => bundle.fakes.deliverFormSubmit(attendance, response, 1));
    bundle.call('syncForms');
    expect(waitingKeys(bundle)).toEqual([`submit:${response.id}`]);
    scriptApp.runUntil(clock.nowMs + 2 * 60_000);
    expect(tab(bundle, RAW_RESPONSES_TABLE.name).map((r) => r['Mã phản hồi'])).toEqual([response.id]);
    expect(bundle.fakes.executions.every((e) => e.ok)).toBe(true);
  });

  it('a response whose trigger never ran is recorded by the daily sweep; recorded ones are not doubled', () => {
    const { bundle, attendance } = world();
    const { formApp } = bundle.fakes;
    const delivered = formApp.respond(
      attendance,
      'an@example.edu.vn',
      filledAnswers(attendance, 'Nguyễn Văn An'),
    );
    bundle.fakes.deliverFormSubmit(attendance, delivered, 1);
    // Bình's submit trigger never ran at all: Google kept the answer.
    const lost = formApp.respond(
      attendance,
      'binh@example.edu.vn',
      filledAnswers(attendance, 'Trần Thị Bình'),
    );
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * 60_000);
    expect(tab(bundle, RAW_RESPONSES_TABLE.name)).toHaveLength(1);

    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 24 * 3600_000, { duplicate: true });
    const raw = tab(bundle, RAW_RESPONSES_TABLE.name);
    expect(raw.map((r) => r['Mã phản hồi']).sort()).toEqual([delivered.id, lost.id].sort());
    expect(tab(bundle, ATTENDANCE_TABLE.name)).toHaveLength(2);
    const confirmations = tab(bundle, OUTBOX_TABLE.name).filter((r) =>
      String(r['Khóa']).startsWith('confirm-mail:'),
    );
    expect(confirmations).toHaveLength(2);
    expect(bundle.fakes.properties.store.get('forms.sweptUntil')).toBeDefined();
  });

  it('the daily sweep reads the answers only of responses not yet recorded: it does not grow with a busy day', () => {
    const { bundle, attendance } = world();
    const { formApp, scriptApp, clock } = bundle.fakes;
    const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
    names.forEach((name, i) => {
      const response = formApp.respond(
        attendance,
        `nguoi${i}@example.edu.vn`,
        filledAnswers(attendance, name),
      );
      bundle.fakes.deliverFormSubmit(attendance, response, 1);
    });
    scriptApp.runUntil(clock.nowMs + 2 * 60_000);
    const lost = formApp.respond(
      attendance,
      'giang@example.edu.vn',
      filledAnswers(attendance, 'Vũ Thị Giang'),
    );
    const before = bundle.fakes.calls['FormResponse.getItemResponses'] ?? 0;
    scriptApp.runUntil(clock.nowMs + 24 * 3600_000);
    // The five recorded ones are known by their id; only Giang's answers are read.
    expect((bundle.fakes.calls['FormResponse.getItemResponses'] ?? 0) - before).toBe(1);
    expect(tab(bundle, RAW_RESPONSES_TABLE.name).map((r) => r['Mã phản hồi'])).toContain(lost.id);
    expect(tab(bundle, RAW_RESPONSES_TABLE.name)).toHaveLength(6);
  });

  it('an unpublished form takes no answers: Setup published every form it made', () => {
    const { bundle } = world();
    for (const form of bundle.fakes.formApp.forms) expect(form.published, form.title).toBe(true);
  });
});

const formApp = (bundle: LoadedBundle) => bundle.fakes.formApp;
