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
