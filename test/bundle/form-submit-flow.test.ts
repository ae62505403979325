import { beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { ATTENDANCE_TABLE, RAW_RESPONSES_TABLE } from '../../src/core/schema/response-tables';
import type { FakeForm } from '../gas/fakes';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { pasteSampleRoster, recordsOf } from './sheet-view';

/**
 * Form submissions through dist/Code.js: Google Forms delivering each response to the submit
 * trigger Setup installed, every delivery made twice, some executions interleaved.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

function world(): { bundle: LoadedBundle; attendance: FakeForm } {
  const bundle = loadBundle(code);
  bundle.call('setup');
  pasteSampleRoster(bundle.fakes.spreadsheet);
  bundle.call('syncForms'); // groups of the roster become choices
  const attendance = bundle.fakes.formApp.forms.find((f) => f.title.startsWith('Lễ khai mạc'))!;
  return { bundle, attendance };
}

/** Answers to every question: the first choice, or a plausible text. */
function answersFor(form: FakeForm, name: string, choice = 0): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const item of form.items) {
    if (item.type === 'CHECKBOX') answers[item.title] = [item.choices[choice % item.choices.length]!];
    else if (item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST')
      answers[item.title] = item.choices[choice % item.choices.length]!;
    else if (/họ và tên/i.test(item.title)) answers[item.title] = name;
    else answers[item.title] = 'Tổ 1';
  }
  return answers;
}

const tab = (bundle: LoadedBundle, name: string) => recordsOf(bundle.fakes.spreadsheet, name);

describe('form submissions in the vm', () => {
  it('each response is recorded once, one row per person, each confirmation queued once, with duplicates and interleaving', () => {
    const { bundle, attendance } = world();
    const { formApp, faults } = bundle.fakes;
    const people = [
      ['GV.An@Example.edu.vn', 'Nguyễn Văn An'],
      ['binh@example.edu.vn', 'Trần Thị Bình'],
      ['cuong@example.edu.vn', 'Lê Văn Cường'],
      ['dung@example.edu.vn', 'Phạm Thị Dung'],
    ] as const;
    const responses = people.map(([email, name]) =>
      formApp.respond(attendance, email, answersFor(attendance, name)),
    );

    // Bình's submission arrives while An's execution is reading its event (before its lock)
    faults.interleaveAt('FormResponse.getItemResponses', 1, () =>
      bundle.fakes.deliverFormSubmit(attendance, responses[1]!, 2),
    );
    bundle.fakes.deliverFormSubmit(attendance, responses[0]!, 2);
    // Cường's second delivery arrives while the first holds the lock: it is refused, not doubled
    const refusedBefore = bundle.fakes.lock.refused;
    faults.interleaveAt('Range.setValues', 1, () =>
      bundle.fakes.deliverFormSubmit(attendance, responses[2]!, 1),
    );
    bundle.fakes.deliverFormSubmit(attendance, responses[2]!, 1);
    expect(bundle.fakes.lock.refused).toBeGreaterThan(refusedBefore);
    bundle.fakes.deliverFormSubmit(attendance, responses[3]!, 2);
    // An changes his mind later: latest wins, the earlier answer stays in the raw tab
    bundle.fakes.clock.advance(3600_000);
    const changed = formApp.respond(
      attendance,
      'gv.an@example.edu.vn',
      answersFor(attendance, 'Nguyễn Văn An', 1),
    );
    bundle.fakes.deliverFormSubmit(attendance, changed, 2);

    const raw = tab(bundle, RAW_RESPONSES_TABLE.name);
    const ids = raw.map((r) => r['Mã phản hồi']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([...responses, changed].map((r) => r.id).sort());

    const rows = tab(bundle, ATTENDANCE_TABLE.name);
    expect(rows.map((r) => r['Email']).sort()).toEqual(people.map(([e]) => e.toLowerCase()).sort());
    const an = rows.find((r) => r['Email'] === 'gv.an@example.edu.vn')!;
    expect(an['Họ và tên']).toBe('Nguyễn Văn An');
    expect(an['Hình thức']).toBe(answersFor(attendance, '', 1)['Bạn muốn']);

    const keys = tab(bundle, OUTBOX_TABLE.name)
      .map((r) => String(r['Khóa']))
      .filter((k) => /^(confirm|flagged)-mail:/.test(k));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(5);
    // a drain soon after, for the confirmations: one pending continuation, never more
    expect(bundle.fakes.scriptApp.pending('continueOutboxDrain')).toHaveLength(1);
    bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 10 * 60_000);
    const sent = bundle.fakes.mail.sent.map((m) => m.subject + m.to);
    expect(new Set(sent).size).toBe(sent.length);
    expect(bundle.fakes.mail.sent.length).toBe(5);
    expect(bundle.fakes.lock.held).toBe(false);
  });

  it('a response whose trigger never ran is recorded by the daily sweep; recorded ones are not doubled', () => {
    const { bundle, attendance } = world();
    const { formApp } = bundle.fakes;
    const delivered = formApp.respond(
      attendance,
      'an@example.edu.vn',
      answersFor(attendance, 'Nguyễn Văn An'),
    );
    bundle.fakes.deliverFormSubmit(attendance, delivered, 1);
    const lost = formApp.respond(attendance, 'binh@example.edu.vn', answersFor(attendance, 'Trần Thị Bình'));
    // Bình's trigger ran while another execution held the lock too long: it failed, Google kept the answer
    bundle.fakes.lock.busy = true;
    bundle.fakes.deliverFormSubmit(attendance, lost, 1);
    bundle.fakes.lock.busy = false;
    expect(bundle.fakes.executions.at(-1)!.ok).toBe(false);
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

  it('an unpublished form takes no answers: Setup published every form it made', () => {
    const { bundle } = world();
    for (const form of bundle.fakes.formApp.forms) expect(form.published, form.title).toBe(true);
  });
});
