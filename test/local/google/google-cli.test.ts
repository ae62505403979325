import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/local/commands/cli-args';
import { SHEETS_ROOT_URL_ENV } from '../../../src/local/google/sheets-reader';
import { buildCli, ROOT, tempDir } from '../cli-support';
import { runInit } from '../../../src/local/commands/commands';
import { SCRIPT_ROOT_URL_ENV } from '../../../src/local/google/script-client';
import { fixedClock } from '../../../src/local/runtime/clock';
import { Workbook } from '../../../src/local/workbook/workbook';
import { ScriptStandIn } from './script-stand-in';
import { asApiValue } from './api-value';
import { SheetsStandIn, type StandInValue } from './sheets-stand-in';
import { configHomeWithToken } from './token-file';

const BIN = join(ROOT, 'bin', 'learning-week.js');
const ID = '1CliSchoolSheet0000000000000000';
const PUSH_ID = '1CliPushTargetSheet000000000000';

/** The built CLI in a child process, run asynchronously so that the stand-in in this one can answer. */
async function cli(args: string[], cwd: string, env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC', LEARNING_WEEK_LANG: '', ...env },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the google and district commands in the CLI', () => {
  let standIn: SheetsStandIn;
  beforeAll(async () => {
    buildCli();
    standIn = await SheetsStandIn.start();
    standIn.addSheet(ID, 'KH', {
      'Cấu hình': [
        ['Mục', 'Giá trị'],
        ['Tên trường', 'Trường A'],
      ],
    });
  });
  afterAll(() => standIn.close());

  it('parses district collect and google pull, and says how to use them', () => {
    expect(parseCommand(['district', 'collect', '--sheets', 'ds.txt'])).toMatchObject({
      kind: 'district-collect',
      list: 'ds.txt',
    });
    expect(parseCommand(['google', 'pull', ID, '--out', 'x.xlsx'])).toMatchObject({
      kind: 'google-pull',
      sheet: ID,
      out: 'x.xlsx',
    });
    expect(parseCommand(['district', 'collect'])).toMatchObject({ kind: 'usage' });
    expect(parseCommand(['google', 'push'])).toMatchObject({ kind: 'usage' });
    expect(parseCommand(['google', 'push', 'plan.xlsx', ID, '--yes'])).toMatchObject({
      kind: 'google-push',
      file: 'plan.xlsx',
      sheet: ID,
      yes: true,
    });
    expect(parseCommand(['google', 'logs', '--failed', '--since', '24h'])).toMatchObject({
      kind: 'google-logs',
      failed: true,
      since: '24h',
    });
    expect(parseCommand(['google', 'run', 'sendInvitations'])).toMatchObject({
      kind: 'google-run',
      functionName: 'sendInvitations',
    });
    expect(parseCommand(['google', 'login', '--client', 'c.json', '--write'])).toMatchObject({
      kind: 'google-login',
      write: true,
      run: false,
    });
    expect(parseCommand(['google', 'logout'])).toMatchObject({ kind: 'google-logout' });
  });

  it('runs district collect end to end: the school without the tab is a line, exit 2, no file', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'truong.txt'), `# Quận 1\n${ID}\n`);
    const env = { XDG_CONFIG_HOME: configHomeWithToken(), [SHEETS_ROOT_URL_ENV]: standIn.rootUrl };
    const run = await cli(['district', 'collect', '--sheets', 'truong.txt'], cwd, env);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `Dòng 2 (${ID}): bảng tính không có tab “Số liệu báo cáo” (bảng tính tiếng Anh: “Report figures”); trường chưa lập báo cáo kết quả tuần lễ.`,
      'Không đọc được số liệu của trường nào; chưa ghi district.xlsx.',
    ]);
    expect(existsSync(join(cwd, 'district.xlsx'))).toBe(false);
    expect(standIn.requestsFor(ID)).toHaveLength(2);
  });

  it('previews a push and lists the executions through the CLI, the stand-ins named by the environment', async () => {
    const cwd = tempDir();
    const { file } = await runInit(
      { blank: false, sample: true, force: false, out: join(cwd, 'ke-hoach.xlsx') },
      { clock: fixedClock(new Date('2021-09-20T01:00:00Z')), verbose: false, out: () => {} },
    );
    const book = await Workbook.open(file);
    const tabs: Record<string, StandInValue[][]> = {};
    for (const tab of ['Cấu hình', 'Nhân sự', 'Phụ huynh', 'Hoạt động', 'Tuyên truyền'])
      tabs[tab] = (book.read(tab) ?? []).map((row) => row.map(asApiValue));
    const before = tabs['Nhân sự']![1]![1];
    tabs['Nhân sự']![1]![1] = 'Tên cũ trên Google';
    standIn.addSheet(PUSH_ID, 'KH', tabs);
    const script = await ScriptStandIn.start();
    try {
      script.processes = [
        {
          functionName: 'onFormSubmit',
          startTime: '2021-10-01T01:00:00Z',
          duration: '2.5s',
          processStatus: 'FAILED',
        },
      ];
      writeFileSync(
        join(cwd, '.clasp.json'),
        JSON.stringify({ scriptId: '1ScriptOfTheCliTest_abcdefghijklmn' }),
      );
      const env = {
        XDG_CONFIG_HOME: configHomeWithToken(),
        [SHEETS_ROOT_URL_ENV]: standIn.rootUrl,
        [SCRIPT_ROOT_URL_ENV]: script.rootUrl,
      };
      const push = await cli(['google', 'push', 'ke-hoach.xlsx', PUSH_ID], cwd, env);
      expect(push.stderr).toBe('');
      expect(push.status).toBe(0);
      expect(push.stdout.trimEnd().split('\n')).toEqual([
        '  Nhân sự: 1 ô thay đổi',
        `    B2: “Tên cũ trên Google” → “${String(before)}”`,
        'Xem trước: 1 ô trong 1 trang tính sẽ thay đổi; chưa ghi gì. Chạy lại với --yes để ghi.',
      ]);
      expect(standIn.requestsFor(PUSH_ID).map((r) => r.kind)).toEqual(['get', 'batchGet']);
      const logs = await cli(['google', 'logs', '--since', '2021-09-28'], cwd, env);
      expect(logs.stderr).toBe('');
      expect(logs.stdout.trimEnd().split('\n')).toEqual([
        'Bắt đầu (giờ Việt Nam) | Hàm | Thời gian chạy | Trạng thái',
        '2021-10-01 08:00 | onFormSubmit | 2,5 giây | lỗi',
        '1 lần chạy từ 2021-09-28 00:00.',
      ]);
    } finally {
      await script.close();
    }
  });

  it('pulls through the CLI, and the help names both commands', async () => {
    const cwd = tempDir();
    const env = { XDG_CONFIG_HOME: configHomeWithToken(), [SHEETS_ROOT_URL_ENV]: standIn.rootUrl };
    const run = await cli(['google', 'pull', ID, '--out', 'ban-sao.xlsx'], cwd, env);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      '  Cấu hình: 2 dòng',
      'Đã ghi ban-sao.xlsx: 1 trang tính.',
    ]);
    expect(run.status).toBe(0);
    const help = await cli(['help'], cwd, {});
    expect(help.stdout).toContain('district collect --sheets DANH-SÁCH');
    expect(help.stdout).toContain('google pull BẢNG-TÍNH');
  });
});
