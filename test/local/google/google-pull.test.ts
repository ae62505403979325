import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInit } from '../../../src/local/commands/commands';
import { runValidate } from '../../../src/local/commands/commands';
import { fixedClock } from '../../../src/local/runtime/clock';
import { pullSheet } from '../../../src/local/google/google-pull';
import { Workbook } from '../../../src/local/workbook/workbook';
import { asApiValue } from './api-value';
import { SheetsStandIn, type StandInValue } from './sheets-stand-in';
import { configHomeWithToken } from './token-file';

const ID = '1LivePlanSheetOfTheSchool0123456789';
const FAST = { tries: 3, firstDelayMs: 5 };
const ctx = { clock: fixedClock(new Date('2021-09-20T01:00:00Z')), verbose: false, out: () => {} };

describe('google pull against the Sheets stand-in', () => {
  let standIn: SheetsStandIn;
  let dir: string;
  let original: Workbook;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    standIn = await SheetsStandIn.start();
    dir = mkdtempSync(join(tmpdir(), 'lw-pull-'));
    env = { XDG_CONFIG_HOME: configHomeWithToken() };
    // The live sheet is the one Setup makes: the 2021 plan with its sample people.
    const { file } = await runInit(
      { blank: false, sample: true, force: false, out: join(dir, 'setup.xlsx') },
      ctx,
    );
    original = await Workbook.open(file);
    const tabs: Record<string, StandInValue[][]> = {};
    for (const name of original.tableNames())
      tabs[name] = (original.read(name) ?? []).map((r) => r.map(asApiValue));
    standIn.addSheet(ID, 'Kế hoạch 2021', tabs);
  });
  afterAll(() => standIn.close());

  const pull = async (sheet: string, out: string, home = env) => {
    const lines = { out: [] as string[], err: [] as string[] };
    const status = await pullSheet(
      { sheet, out: join(dir, out), env: home, rootUrl: standIn.rootUrl, backOff: FAST },
      { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) },
    );
    return { status, ...lines };
  };

  it('downloads every tab in two calls, dates back as dates, into a workbook the commands open', async () => {
    const result = await pull(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, 'pulled.xlsx');
    expect(result.status).toBe(0);
    expect(result.err).toEqual([]);
    const names = original.tableNames();
    expect(result.out).toHaveLength(names.length + 1);
    expect(result.out[0]).toBe(`  ${names[0]}: ${original.read(names[0]!)!.length} dòng`);

    const sent = standIn.requestsFor(ID);
    expect(sent.map((r) => r.kind)).toEqual(['get', 'batchGet']);
    expect(sent[1]!.ranges).toEqual(names.map((n) => `'${n}'`));
    expect(sent[1]!.query.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');

    const pulled = await Workbook.open(join(dir, 'pulled.xlsx'));
    expect(pulled.tableNames()).toEqual(names);
    for (const name of names) expect(pulled.read(name), name).toEqual(original.read(name));
    const report = await runValidate(join(dir, 'pulled.xlsx'), ctx);
    const fromSetup = await runValidate(join(dir, 'setup.xlsx'), ctx);
    expect(report.errors).toBe(fromSetup.errors);
  });

  it('pulls a school of 1,000 staff and 10,000 families in the same two calls', async () => {
    const big = '1BigSchoolSheet000000000000000000';
    const people: StandInValue[][] = [['Mã', 'Họ và tên', 'Email', 'Vai trò', 'Tổ', 'Đang làm việc']];
    for (let n = 1; n <= 1_000; n++)
      people.push([`NS${n}`, `Giáo viên ${n}`, `gv${n}@truong.edu.vn`, 'GV', 'Tổ 1', 'Có']);
    const families: StandInValue[][] = [['Mã', 'Họ tên phụ huynh', 'Email', 'Con', 'Lớp']];
    for (let n = 1; n <= 10_000; n++)
      families.push([`PH${n}`, `Phụ huynh ${n}`, `ph${n}@example.com`, `Học sinh ${n}`, `${1 + (n % 5)}A`]);
    standIn.addSheet(big, 'Trường lớn', { 'Nhân sự': people, 'Phụ huynh': families });
    const result = await pull(big, 'big.xlsx');
    expect(result.status).toBe(0);
    expect(result.out.slice(0, 2)).toEqual(['  Nhân sự: 1001 dòng', '  Phụ huynh: 10001 dòng']);
    expect(standIn.requestsFor(big).map((r) => r.kind)).toEqual(['get', 'batchGet']);
    const pulled = await Workbook.open(join(dir, 'big.xlsx'));
    expect(pulled.read('Phụ huynh')!.at(-1)).toEqual([
      'PH10000',
      'Phụ huynh 10000',
      'ph10000@example.com',
      'Học sinh 10000',
      '1A',
    ]);
  });

  it('writes nothing on a 403, with the Vietnamese line', async () => {
    standIn.failAlways('1NotSharedWithThisAccount000000', 403);
    const result = await pull('1NotSharedWithThisAccount000000', 'forbidden.xlsx');
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      'Không tải được bảng tính 1NotSharedWithThisAccount000000: tài khoản Google đã đăng nhập không có quyền xem bảng tính này; hãy nhờ người quản lý bảng tính chia sẻ quyền xem. Chưa có gì được ghi.',
    ]);
    expect(result.out).toEqual([]);
    expect(existsSync(join(dir, 'forbidden.xlsx'))).toBe(false);
  });

  it('says to sign in again when Google no longer takes the token', async () => {
    standIn.failAlways('1RevokedTokenSheet000000000000', 401);
    const result = await pull('1RevokedTokenSheet000000000000', 'revoked.xlsx');
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      'Không tải được bảng tính 1RevokedTokenSheet000000000000: phiên đăng nhập Google đã hết hạn hoặc bị thu hồi; hãy chạy "learning-week google login" rồi thử lại. Chưa có gì được ghi.',
    ]);
    expect(existsSync(join(dir, 'revoked.xlsx'))).toBe(false);
  });

  it('writes nothing on a 404, nor for a text that names no sheet, nor without a token', async () => {
    standIn.failAlways('1DeletedSheet0000000000000000', 404);
    const gone = await pull('1DeletedSheet0000000000000000', 'gone.xlsx');
    expect(gone.status).toBe(2);
    expect(gone.err[0]).toContain('không có bảng tính nào với mã này');
    const typo = await pull('docs.google.com/xyz', 'typo.xlsx');
    expect(typo.status).toBe(2);
    expect(typo.err[0]).toContain('không phải đường liên kết hay mã của một Google Sheet');
    const before = standIn.requests.length;
    const noToken = await pull(ID, 'no-token.xlsx', { XDG_CONFIG_HOME: join(dir, 'empty-config') });
    expect(noToken.status).toBe(2);
    expect(noToken.err[0]).toContain('learning-week google login');
    expect(standIn.requests.length).toBe(before);
    for (const file of ['gone.xlsx', 'typo.xlsx', 'no-token.xlsx'])
      expect(existsSync(join(dir, file))).toBe(false);
  });
});
