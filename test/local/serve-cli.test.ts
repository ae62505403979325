import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTab } from '../../src/app/forms/response-store';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { PEOPLE_TABLE } from '../../src/core/schema/tables';
import { measureServePosts } from '../../src/local/bench/serve-bench';
import { currentFormSpecs } from '../../src/local/forms/current-form-specs';
import { Workbook } from '../../src/local/workbook/workbook';
import { buildCli, ROOT } from './cli-support';
import { goodAnswers, openForm, post, rawLog, sampleWorkbook, specFor } from './serve-support';

const BIN = join(ROOT, 'bin', 'learning-week.js');

beforeAll(() => buildCli(), 120_000);

describe('learning-week serve', () => {
  it('warns when it listens beyond this computer, and Ctrl+C loses no answer it confirmed', async () => {
    const file = await sampleWorkbook();
    const child = spawn(process.execPath, [BIN, 'serve', file, '--port', '0', '--host', '0.0.0.0'], {
      env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address in: ${stdout}`)), 20_000);
      child.stdout.on('data', () => {
        const found = /Đang mở các biểu mẫu tại http:\/\/0\.0\.0\.0:(\d+)\//.exec(stdout);
        if (found && stdout.includes('/forms/result')) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
    });
    expect(stdout).toContain('bất kỳ ai trong cùng mạng cũng mở được các biểu mẫu');
    expect(stdout).toMatch(/Đề cử “Gia đình hiếu học” năm 2021: http:\/\/0\.0\.0\.0:\d+\/forms\/nomination/);
    const url = `http://127.0.0.1:${port}/`;
    const before = await Workbook.open(file);
    const spec = specFor(currentFormSpecs(before), 'attendance');
    // Staff of the sample: a family's address would get no mail (Settings "Gửi thư cho phụ huynh").
    const staff = loadTab(before, PEOPLE_TABLE, before.tableNames()).rows.map((r) =>
      String(r.cells['email']),
    );
    const replies = await Promise.all(
      [0, 1, 2, 3, 4].map(async (i) => {
        const token = await openForm(url, 'attendance');
        const fields = { ...goodAnswers(spec, `Người ${i}`), email: staff[i]!, _token: token };
        return post(url, 'attendance', fields);
      }),
    );
    // Stopped the moment the last confirmation arrived: each was on disk before it was sent.
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(stdout).toContain('Đã dừng.');
    const raw = await rawLog(file);
    expect(raw).toHaveLength(5);
    const workbook = await Workbook.open(file);
    const keys = loadTab(workbook, OUTBOX_TABLE, workbook.tableNames()).rows.map((r) =>
      String(r.cells['key']),
    );
    for (const { id } of raw) expect(keys).toContain(`confirm-mail:${id}`);
  }, 60_000);

  it('refuses a port that is not one', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', 'k.xlsx', '--port', 'tám'], { env: process.env });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
    expect(stderr).toContain('--port cần một số từ 0 đến 65535');
  });

  it('takes answers from many clients at once with none lost and none twice, in fewer saves', async () => {
    const run = await measureServePosts(BIN, 24, 6);
    expect(run.posts).toBe(24);
    expect(run.saves).toBeLessThan(24);
  }, 60_000);
});
