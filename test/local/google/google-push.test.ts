import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalDateTime, localDateTime, type Grid } from '../../../src/core/cell';
import { runInit } from '../../../src/local/commands/commands';
import { fixedClock } from '../../../src/local/runtime/clock';
import { pushWorkbook } from '../../../src/local/google/google-push';
import { READONLY_SCOPE, WRITE_SCOPE } from '../../../src/local/google/google-scopes';
import { cellChanges, tabWrite } from '../../../src/local/google/push-diff';
import { Workbook } from '../../../src/local/workbook/workbook';
import { asApiValue } from './api-value';
import { SheetsStandIn, type StandInValue } from './sheets-stand-in';
import { configHomeWithToken } from './token-file';

const ID = '1PushTargetSheetOfTheSchool000000';
const FAST = { tries: 3, firstDelayMs: 5 };
const ctx = { clock: fixedClock(new Date('2021-09-20T01:00:00Z')), verbose: false, out: () => {} };
const PLAN_TABS = ['Cấu hình', 'Nhân sự', 'Phụ huynh', 'Hoạt động', 'Tuyên truyền'];

describe('google push against the Sheets stand-in', () => {
  let standIn: SheetsStandIn;
  let dir: string;
  let file: string;
  let liveTabs: string[];
  const writeHome = configHomeWithToken(0o600, `${READONLY_SCOPE} ${WRITE_SCOPE}`);

  beforeAll(async () => {
    standIn = await SheetsStandIn.start();
    dir = mkdtempSync(join(tmpdir(), 'lw-push-'));
    ({ file } = await runInit(
      { blank: false, sample: true, force: false, out: join(dir, 'plan.xlsx') },
      ctx,
    ));
    const book = await Workbook.open(file);
    const tabs: Record<string, StandInValue[][]> = {};
    for (const name of book.tableNames()) tabs[name] = (book.read(name) ?? []).map((r) => r.map(asApiValue));
    liveTabs = book.tableNames();
    standIn.addSheet(ID, 'Kế hoạch', tabs);
    // The local copy is edited: an activity renamed, a formula typed as a name, a date moved,
    // and a line in the log, which push must never carry over.
    const activities = book.read('Hoạt động')!;
    const dateCol = activities[1]!.findIndex((c) => isLocalDateTime(c));
    book.write('Hoạt động', 1, 1, [['Tọa đàm "Đọc sách cùng con"']]);
    book.write('Nhân sự', 1, 1, [['=HYPERLINK("http://x.example","bấm")']]);
    book.write('Hoạt động', 1, dateCol, [[localDateTime(2021, 10, 2, 8, 0)]]);
    book.write('Nhật ký', 5, 0, [['dòng nhật ký chỉ có trong tệp']]);
    await book.save(file);
  });
  afterAll(() => standIn.close());

  const push = async (yes: boolean, home = writeHome) => {
    const lines = { out: [] as string[], err: [] as string[] };
    const status = await pushWorkbook(
      {
        file,
        sheet: `https://docs.google.com/spreadsheets/d/${ID}/edit`,
        yes,
        env: { XDG_CONFIG_HOME: home },
        rootUrl: standIn.rootUrl,
        backOff: FAST,
      },
      { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) },
    );
    return { status, ...lines };
  };

  it('without --yes shows the changed cells and writes nothing', async () => {
    const before = standIn.requests.length;
    const result = await push(false);
    expect(result.status).toBe(0);
    expect(result.err).toEqual([]);
    expect(result.out).toContain('  Hoạt động: 2 ô thay đổi');
    expect(result.out).toContain('  Nhân sự: 1 ô thay đổi');
    expect(result.out.find((l) => l.startsWith('    B2: ') && l.includes('Đọc sách cùng con'))).toBeDefined();
    expect(result.out.some((l) => l.includes('2021-10-02 08:00'))).toBe(true);
    expect(result.out.at(-1)).toBe(
      'Xem trước: 3 ô trong 2 trang tính sẽ thay đổi; chưa ghi gì. Chạy lại với --yes để ghi.',
    );
    const sent = standIn.requests.slice(before);
    expect(sent.map((r) => r.kind)).toEqual(['get', 'batchGet']);
    expect(sent[1]!.ranges).toEqual(PLAN_TABS.map((t) => `'${t}'`));
    expect(sent.every((r) => r.authorization === 'Bearer ya29.stand-in-access-token')).toBe(true);
  });

  it('with --yes writes the plan tabs in one batchUpdate, the formula kept as text, and then there is nothing left to push', async () => {
    const before = standIn.requests.length;
    const result = await push(true);
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.out.at(-1)).toBe(`Đã ghi 3 ô thay đổi vào 2 trang tính của bảng tính ${ID}.`);
    const writes = standIn.requests.slice(before).filter((r) => r.kind === 'batchUpdate');
    expect(writes).toHaveLength(1);
    const body = writes[0]!.body as {
      valueInputOption: string;
      data: { range: string; values: StandInValue[][] }[];
    };
    expect(body.valueInputOption).toBe('USER_ENTERED');
    expect(body.data.map((d) => d.range.replace(/!.*$/, ''))).toEqual(["'Nhân sự'", "'Hoạt động'"]);
    expect(body.data[0]!.values[1]![1]).toBe('\'=HYPERLINK("http://x.example","bấm")');
    for (const tab of liveTabs.filter((t) => !PLAN_TABS.includes(t)))
      expect(body.data.some((d) => d.range.startsWith(`'${tab}'`))).toBe(false);

    const again = await push(false);
    expect(again.out).toEqual(['Các trang kế hoạch trên Google Sheet đã giống hệt tệp: không có gì để ghi.']);
  });

  it('refuses --yes with a read-only sign-in, and a 403 on the write, writing nothing', async () => {
    const readOnly = configHomeWithToken(0o600, READONLY_SCOPE);
    const before = standIn.requests.length;
    const refused = await push(true, readOnly);
    expect(refused.status).toBe(2);
    expect(refused.err).toEqual([
      'Mã đăng nhập Google hiện chỉ có quyền xem bảng tính: hãy chạy "learning-week google login --client CLIENT.json --write" để cho phép sửa, rồi chạy lại; chưa có gì được ghi.',
    ]);
    expect(standIn.requests.length).toBe(before);

    standIn.failAlways(ID, 403);
    try {
      const forbidden = await push(true);
      expect(forbidden.status).toBe(2);
      expect(forbidden.err).toHaveLength(1);
      expect(forbidden.err[0]).toMatch(/^Không gửi được lên bảng tính .*Chưa có gì được ghi\.$/);
      expect(standIn.requests.slice(before).some((r) => r.kind === 'batchUpdate')).toBe(false);
    } finally {
      standIn.failAlways(ID, 0);
    }
  });
});

const cell = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -5, max: 5 }),
  fc.boolean(),
  fc.integer({ min: 0, max: 3 }).map((d) => localDateTime(2021, 10, 1 + d, 7, 30)),
);
const grid = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 });

/** What Sheets holds after the write: the apostrophe guard dropped, "" as empty, dates as dates. */
function applied(values: readonly (readonly StandInValue[])[], local: Grid): Grid {
  return values.map((row, r) =>
    row.map((v, c) => {
      const original = local[r]?.[c] ?? null;
      if (isLocalDateTime(original)) return original;
      if (typeof v === 'string') return v === '' ? null : v.startsWith("'") ? v.slice(1) : v;
      return v;
    }),
  );
}

describe('the push diff', () => {
  it('finds no change once the write is applied, and none between a grid and itself', () => {
    fc.assert(
      fc.property(grid, grid, (local, live) => {
        expect(cellChanges(local, local)).toEqual([]);
        const write = tabWrite('Hoạt động', local, live);
        expect(cellChanges(local, applied(write.values, local))).toEqual([]);
        // The write covers every cell the live tab had, so nothing stale is left beyond it.
        expect(write.values.length).toBeGreaterThanOrEqual(live.length);
      }),
    );
  });

  it('lists exactly the cells that differ', () => {
    fc.assert(
      fc.property(
        grid,
        fc.nat(3),
        fc.nat(3),
        fc.string({ minLength: 1, maxLength: 3 }),
        (live, r, c, text) => {
          const local = live.map((row) => [...row]);
          while (local.length <= r) local.push([]);
          while (local[r]!.length <= c) local[r]!.push(null);
          const changed = live[r]?.[c] !== `x${text}`;
          local[r]![c] = `x${text}`;
          const changes = cellChanges(local, live);
          expect(changes.map((ch) => ch.at)).toEqual(changed ? [`${'ABCD'[c]}${r + 1}`] : []);
        },
      ),
    );
  });
});
