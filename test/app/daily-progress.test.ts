import { describe, expect, it } from 'vitest';
import { progressLines, queueDailyProgress, readFormsProgress } from '../../src/app/forms/daily-progress';
import { importResponses } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import { localDateTime } from '../../src/core/cell';
import { readMailPayload } from '../../src/core/outbox/enqueue';
import { parseLedger, readLedgerTable } from '../../src/core/outbox/ledger-rows';
import { TRAINING_SIGNUPS_TABLE } from '../../src/core/schema/response-tables';
import { SETTINGS_TABLE } from '../../src/core/schema/tables';
import { sampleResponses } from '../../src/core/seed';
import { cellText, readTable } from '../../src/core/table';
import { MemoryTables } from '../support/memory-tables';
import { setFamilyMail } from '../support/family-mail';

function world() {
  const tables = new MemoryTables();
  const ports = {
    tables,
    clock: { now: () => new Date(Date.UTC(2021, 9, 6, 1, 0)) },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: () => undefined, error: () => undefined },
  };
  setup(ports, { plan: 'seed', sample: true });
  setFamilyMail(tables);
  return { tables, ports };
}

const ledger = (tables: MemoryTables) => parseLedger(readLedgerTable(tables.read('Hộp thư đi')));

describe('the sample week through the pipeline', () => {
  it('meets the opening target, fills the talk with a waitlist, promotes on the drop', () => {
    const { tables, ports } = world();
    const summary = importResponses(ports, sampleResponses());
    expect(summary.duplicates).toBe(1);
    expect(summary.flagged).toBe(1);

    const progress = readFormsProgress(tables, localDateTime(2021, 10, 6, 8, 0));
    expect(progress.basis).toBe('present');
    expect(progress.attendance.present).toMatchObject({ count: 23, total: 38, met: true });
    const talk = progress.sessions.find((s) => s.id === 'HD10')!;
    expect(talk).toMatchObject({ capacity: 50, seated: 50, waiting: 2 });
    expect(progress.nominations).toEqual({ total: 4, withoutConsent: 1 });

    const promotions = ledger(tables)
      .rows.map((r) => r.entry.key)
      .filter((k) => k.startsWith('promote:HD10:'));
    expect(promotions).toHaveLength(1);
    const promoted = promotions[0]!.split(':')[2]!;
    const row = readTable(TRAINING_SIGNUPS_TABLE, tables.read(TRAINING_SIGNUPS_TABLE.name)).rows.find(
      (r) => cellText(r.cells.email) === promoted,
    )!;
    expect(cellText(row.cells.seats)).toBe('HD10: có chỗ');

    expect(progressLines(progress)).toEqual([
      '29/38 CB-GV-NV đã đăng ký dự khai mạc (76,3 %) – đã đạt chỉ tiêu 50 %',
      '23/38 CB-GV-NV đã có mặt tại lễ khai mạc (60,5 %) – đã đạt chỉ tiêu 50 %',
      expect.stringMatching(/^HD06 .*: 31\/80 chỗ$/),
      expect.stringMatching(/^HD10 .*: 50\/50 chỗ, 2 người chờ$/),
      'Đề cử “Gia đình hiếu học”: 4 (1 chưa đồng ý chia sẻ)',
      // 53 parents signed up for the talk, class by class in the order of "Phụ huynh"; none typed
      // a class, so each is counted in the class the tab lists for their address.
      'Phụ huynh đã trả lời (khai mạc, tập huấn), theo lớp:',
      'Nhà trẻ 1: 10/10 gia đình đã trả lời',
      'Nhà trẻ 2: 10/10 gia đình đã trả lời',
      'Mầm 1: 10/10 gia đình đã trả lời',
      'Mầm 2: 10/10 gia đình đã trả lời',
      'Mầm 3: 10/10 gia đình đã trả lời',
      'Chồi 1: 3/10 gia đình đã trả lời',
      ...['Chồi 2', 'Chồi 3', 'Lá 1', 'Lá 2', 'Lá 3', 'Lá 4'].map((c) => `${c}: 0/10 gia đình đã trả lời`),
      // The online lesson HD09 ended on 04/10 and its owner has not reported it.
      'Hoạt động đã kết thúc chưa có báo cáo kết quả: 1',
      expect.stringMatching(/^HD09 .* – phohieutruong@mn2010\.example$/),
    ]);
  });
});

describe('queueDailyProgress', () => {
  it('queues one note a day to the organiser', () => {
    const { tables, ports } = world();
    importResponses(
      ports,
      sampleResponses().filter((s) => s.raw.timestamp.iso < '2021-10-03'),
    );
    const first = queueDailyProgress(ports, new Date(Date.UTC(2021, 9, 3, 10, 0)));
    expect(first.queued).toBe('progress-note:2021-10-03');
    expect(first.lines[0]).toMatch(
      /^\d+\/38 CB-GV-NV đã đăng ký dự khai mạc \(.+ %\) – cần thêm \d+ người để đạt 50 %$/,
    );
    expect(queueDailyProgress(ports, localDateTime(2021, 10, 3, 20, 0)).queued).toBeUndefined();
    // 23:30 UTC on the 3rd is already the 4th in Hồ Chí Minh City.
    expect(queueDailyProgress(ports, new Date(Date.UTC(2021, 9, 3, 23, 30))).queued).toBe(
      'progress-note:2021-10-04',
    );
    const entry = ledger(tables).rows.find((r) => r.entry.key === 'progress-note:2021-10-03')!.entry;
    expect(entry.recipients).toEqual([expect.stringMatching(/^tochuc@/)]);
    expect(entry.subject).toContain('Tiến độ đăng ký ngày 03/10/2021');
    const payload = readMailPayload(entry.payload);
    if (typeof payload === 'string') throw new Error(payload);
    expect(payload.text).toContain(first.lines[0]!);
  });

  it('queues nothing without an organiser email', () => {
    const { tables, ports } = world();
    const grid = tables.tabs.get(SETTINGS_TABLE.name)!;
    tables.tabs.set(
      SETTINGS_TABLE.name,
      grid.filter((row) => row[0] !== 'Email người tổ chức'),
    );
    expect(queueDailyProgress(ports, localDateTime(2021, 10, 3, 20, 0)).queued).toBeUndefined();
    expect(tables.read('Hộp thư đi')!.length).toBeLessThanOrEqual(1);
  });
});

describe('the note says, class by class, how many families have answered', () => {
  const LONG = `Lá ${'rất dài '.repeat(30)}`.slice(0, 200);
  function classWorld() {
    const w = world();
    w.tables.tabs.set('Phụ huynh', [
      ['Mã', 'Họ tên phụ huynh', 'Email', 'Tên trẻ', 'Lớp'],
      ['PH1', 'Trần Văn An', 'an@example.org', 'Bé Na', 'Lá 1'],
      ['PH2', 'Lê Thị Bình', 'binh@example.org', 'Bé Bo', 'Lá 1'],
      ['PH3', 'Phạm Chi', 'chi@example.org', 'Bé Ca', '🌸 Chồi 2'],
      ['PH4', 'Võ Dũng', 'dung@example.org', 'Bé Di', LONG],
      ['PH5', 'Đỗ Em', 'em@example.org', 'Bé Ém', ''],
    ]);
    return w;
  }
  const at = (day: number, hour: number) => localDateTime(2021, 10, day, hour, 0);
  const attendance = (day: number, email: string, childClass = '') => ({
    formId: 'attendance' as const,
    raw: {
      timestamp: at(day, 9),
      email,
      answers: {
        'Họ và tên': 'Phụ huynh',
        'Tổ/nhóm': 'Phụ huynh',
        'Lớp của con (phụ huynh)': childClass,
        'Bạn muốn': 'Đăng ký tham dự',
        'Hình thức tham dự': 'Trực tuyến tại nhà',
      },
    },
  });
  const training = (day: number, email: string, who: string, childClass = '') => ({
    formId: 'training' as const,
    raw: {
      timestamp: at(day, 10),
      email,
      answers: { 'Họ và tên': 'Người trả lời', 'Bạn là': who, 'Lớp của con (phụ huynh)': childClass },
    },
  });

  it('counts a family once, whatever it answered, and flags a class "Phụ huynh" does not list', () => {
    const { tables, ports } = classWorld();
    importResponses(ports, [
      attendance(1, 'an@example.org', 'Lá 1'),
      training(2, 'an@example.org', 'Phụ huynh'), // the same family on the other form
      attendance(2, 'an@example.org', 'Lá 1'), // and again
      attendance(2, 'chi@example.org'), // no class answered: the tab's
      training(2, 'dung@example.org', 'Phụ huynh', LONG),
      attendance(3, 'em@example.org'),
      attendance(3, 'moi@example.org', 'Lá 9'), // a class the tab does not have
      training(3, 'khach@example.org', 'Phụ huynh'), // a parent not in the tab, no class
      training(3, 'dan@example.org', 'Người dân'), // a resident is not a family
    ]);
    const lines = queueDailyProgress(ports, new Date(Date.UTC(2021, 9, 3, 12, 0))).lines;
    const shortLong = `${[...LONG].slice(0, 59).join('').trimEnd()}`;
    expect(lines.slice(lines.indexOf('Phụ huynh đã trả lời (khai mạc, tập huấn), theo lớp:'))).toEqual([
      'Phụ huynh đã trả lời (khai mạc, tập huấn), theo lớp:',
      'Lá 1: 1/2 gia đình đã trả lời',
      '🌸 Chồi 2: 1/1 gia đình đã trả lời',
      expect.stringMatching(new RegExp(`^${shortLong}\\s?…: 1/1 gia đình đã trả lời$`)),
      'Phụ huynh (chưa ghi lớp): 1/1 gia đình đã trả lời',
      'Lá 9: 1 gia đình đã trả lời (không có trong danh sách Phụ huynh)',
      '1 phụ huynh đã trả lời mà không ghi lớp (email không có trong tab Phụ huynh)',
      ...lines.slice(lines.indexOf('Phụ huynh đã trả lời (khai mạc, tập huấn), theo lớp:') + 7),
    ]);
    const entry = ledger(tables).rows.find((r) => r.entry.key === 'progress-note:2021-10-03')!.entry;
    const payload = readMailPayload(entry.payload);
    if (typeof payload === 'string') throw new Error(payload);
    expect(payload.text).toContain('Lá 1: 1/2 gia đình đã trả lời');
    expect(payload.text).toContain('Lá 9: 1 gia đình đã trả lời (không có trong danh sách Phụ huynh)');
  });
});
