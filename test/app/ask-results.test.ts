import { describe, expect, it } from 'vitest';
import { activityParticipation } from '../../src/core/report/read-participation';
import { queueResultRequests, resultLinkProperty } from '../../src/app/forms/ask-results';
import { importResponses, type Submission } from '../../src/app/forms/handle-form-submit';
import { queueDailyProgress } from '../../src/app/forms/daily-progress';
import { setup } from '../../src/app/plan/setup';
import { localDateTime } from '../../src/core/cell';
import { readMailPayload } from '../../src/core/outbox/enqueue';
import { parseLedger, readLedgerTable } from '../../src/core/outbox/ledger-rows';
import { ACTIVITY_RESULTS_TABLE } from '../../src/core/schema/response-tables';
import { MemoryTables } from '../support/memory-tables';

/** The seeded 2021 plan; HD08 (thuvien) ends 01/10 09:30, HD06 and HD09 (phohieutruong) on 04/10. */
function world() {
  const tables = new MemoryTables();
  const store = new Map<string, string>();
  const ports = {
    tables,
    clock: { now: () => new Date(Date.UTC(2021, 9, 1, 10, 0)) },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: () => undefined, error: () => undefined },
    properties: {
      get: (k: string) => store.get(k),
      set: (k: string, v: string) => void store.set(k, v),
      delete: (k: string) => void store.delete(k),
    },
  };
  setup(ports, { plan: 'seed', sample: false });
  return { tables, ports, store };
}

/** 17:00 in Hồ Chí Minh City on a day of October 2021. */
const evening = (day: number) => new Date(Date.UTC(2021, 9, day, 10, 0));

/** The mail's plain text; a payload that does not read is no text. */
const textOf = (payload: string): string => {
  const read = readMailPayload(payload);
  return typeof read === 'string' ? '' : read.text;
};

const mails = (tables: MemoryTables) =>
  parseLedger(readLedgerTable(tables.read('Hộp thư đi'))).rows.map((r) => r.entry);
const asks = (tables: MemoryTables) => mails(tables).filter((e) => /^result-(ask|reminder):/.test(e.key));

const report = (id: string, owner: string, day: number, outcome = 'Đã thực hiện'): Submission => ({
  formId: 'result',
  raw: {
    responseId: `res-${id}`,
    timestamp: localDateTime(2021, 10, day, 19, 0),
    email: owner,
    answers: {
      'Hoạt động': id,
      'Kết quả thực hiện': outcome,
      'Số CB-GV-NV tham gia': '12',
      'Số trẻ tham gia': 'khoảng 30',
    },
  },
});

describe('asking the owners for their results', () => {
  it('asks once an activity is over, with its prefilled link, and never asks twice', () => {
    const { tables, ports } = world();
    ports.properties.set(
      resultLinkProperty('HD08'),
      'https://docs.google.com/forms/d/e/F4/viewform?usp=pp_url&entry.2=HD08',
    );
    expect(queueResultRequests(ports, new Date(Date.UTC(2021, 9, 1, 1, 0)))).toEqual({
      asked: 0,
      reminded: 0,
    });
    expect(queueResultRequests(ports, evening(1))).toEqual({ asked: 1, reminded: 0 });
    const [ask] = asks(tables);
    expect(ask!.recipients).toEqual(['thuvien@mn2010.example']);
    expect(ask!.subject).toBe('Xin báo cáo kết quả hoạt động HD08');
    expect(textOf(ask!.payload)).toContain('HD08 – Phát động phong trào');
    expect(textOf(ask!.payload)).toContain('entry.2=HD08');
    // The same evening again, and the next evenings: HD08 was asked about already.
    expect(queueResultRequests(ports, evening(1))).toEqual({ asked: 0, reminded: 0 });
    expect(queueResultRequests(ports, evening(2))).toEqual({ asked: 0, reminded: 0 });
    expect(asks(tables)).toHaveLength(1);
  });

  it('sends one mail per owner per day, listing each of their ended activities', () => {
    const { tables, ports } = world();
    queueResultRequests(ports, evening(1));
    queueResultRequests(ports, evening(4));
    const deputy = asks(tables).filter((e) => e.recipients[0] === 'phohieutruong@mn2010.example');
    expect(deputy).toHaveLength(1);
    expect(deputy[0]!.subject).toBe('Xin báo cáo kết quả 2 hoạt động: HD06, HD09');
    const text = textOf(deputy[0]!.payload);
    expect(text).toContain('HD06 – ');
    expect(text).toContain('HD09 – ');
  });

  it('reminds an owner still owing a result once, the day before the report, and not one who reported', () => {
    const { tables, ports } = world();
    queueResultRequests(ports, evening(1));
    queueResultRequests(ports, evening(4));
    queueResultRequests(ports, evening(5));
    importResponses(ports, [
      report('HD06', 'phohieutruong@mn2010.example', 5),
      report('HD04', 'hieutruong@mn2010.example', 5),
    ]);
    importResponses(ports, [report('HD08', 'thuvien@mn2010.example', 2)]);
    expect(queueResultRequests(ports, evening(6))).toMatchObject({ reminded: 1 });
    expect(queueResultRequests(ports, evening(6))).toEqual({ asked: 0, reminded: 0 });
    const reminders = asks(tables).filter((e) => e.key.startsWith('result-reminder:'));
    expect(reminders.map((e) => e.recipients[0])).toEqual(['phohieutruong@mn2010.example']);
    const text = textOf(reminders[0]!.payload);
    expect(text).toContain('HD09 – ');
    expect(text).not.toContain('HD06 – ');
    expect(text).toContain('thứ Năm, 07/10/2021 17:00');
    // The organiser's note names what is still missing, and who owes it.
    const note = queueDailyProgress(ports, evening(6));
    expect(note.lines).toContain('Hoạt động đã kết thúc chưa có báo cáo kết quả: 2');
    expect(note.lines.some((l) => /^HD09 .* – phohieutruong@mn2010\.example$/.test(l))).toBe(true);
    expect(note.lines.some((l) => /^HD10 .* – tochuc@mn2010\.example$/.test(l))).toBe(true);
    expect(note.lines).toContain(
      'Báo cáo kết quả cần xem lại (khác nội dung nhập tay, số liệu hoặc liên kết sai): 3',
    );
  });

  it('turns the results tab into participation: a count that did not read stays unknown', () => {
    const { tables, ports } = world();
    importResponses(ports, [report('HD06', 'phohieutruong@mn2010.example', 5, 'Hoãn')]);
    expect(activityParticipation(tables.read(ACTIVITY_RESULTS_TABLE.name))).toEqual([
      { activityId: 'HD06', staff: 12 },
    ]);
    expect(activityParticipation(undefined)).toEqual([]);
  });
});
