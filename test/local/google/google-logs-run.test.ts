import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLogs, sinceOf } from '../../../src/local/google/google-logs';
import { runFunction } from '../../../src/local/google/google-run';
import { READONLY_SCOPE, SCRIPT_SCOPES, scopesFor } from '../../../src/local/google/google-scopes';
import { ROOT } from '../cli-support';
import { ScriptStandIn, type StandInProcess } from './script-stand-in';
import { configHomeWithToken } from './token-file';

const SCRIPT = '1AppsScriptProjectOfTheSchool_abcdefghij';
const FAST = { tries: 3, firstDelayMs: 5 };
const NOW = new Date('2021-10-03T12:00:00Z');

const lines = () => {
  const got = { out: [] as string[], err: [] as string[] };
  return { got, print: { out: (l: string) => got.out.push(l), err: (l: string) => got.err.push(l) } };
};

describe('google logs and google run against the Apps Script stand-in', () => {
  let standIn: ScriptStandIn;
  let folder: string;
  const env = { XDG_CONFIG_HOME: configHomeWithToken() };

  beforeAll(async () => {
    standIn = await ScriptStandIn.start();
    folder = mkdtempSync(join(tmpdir(), 'lw-script-'));
    writeFileSync(join(folder, '.clasp.json'), JSON.stringify({ scriptId: SCRIPT, rootDir: 'dist' }));
    // 120 executions, one an hour back from 11:00 UTC on 3 October; every tenth failed.
    const processes: StandInProcess[] = Array.from({ length: 120 }, (_, n) => ({
      functionName: n % 2 === 0 ? 'onFormSubmit' : 'drainOutbox',
      startTime: new Date(Date.UTC(2021, 9, 3, 11) - n * 3_600_000).toISOString(),
      duration: `${(n % 7) + 0.25}s`,
      processStatus: n % 10 === 3 ? 'FAILED' : 'COMPLETED',
    }));
    standIn.processes = processes;
    standIn.functions.set('sendInvitations', { result: { queued: 42 } });
    standIn.functions.set('syncCalendar', { error: { type: 'TypeError', message: 'x is undefined' } });
  });
  afterAll(() => standIn.close());

  const logs = (more: { failed?: boolean; since?: string; home?: NodeJS.ProcessEnv } = {}) => {
    const { got, print } = lines();
    return listLogs(
      {
        failed: more.failed ?? false,
        ...(more.since ? { since: more.since } : {}),
        now: NOW,
        folder,
        env: more.home ?? env,
        rootUrl: standIn.rootUrl,
        backOff: FAST,
      },
      print,
    ).then((status) => ({ status, ...got }));
  };

  it('follows the pages of processes, sends the token, and prints a line per execution in Vietnam time', async () => {
    standIn.maxPageSize = 30;
    const before = standIn.requests.length;
    const result = await logs({ since: '5d' });
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    const sent = standIn.requests.slice(before);
    // 100 shown at most: four pages of 30, the last cut; the script id from .clasp.json.
    expect(sent).toHaveLength(4);
    expect(sent.map((r) => r.query.get('pageToken'))).toEqual([null, '30', '60', '90']);
    expect(sent.every((r) => r.query.get('scriptId') === SCRIPT)).toBe(true);
    expect(sent.every((r) => r.authorization === 'Bearer ya29.stand-in-access-token')).toBe(true);
    expect(sent[0]!.query.get('scriptProcessFilter.startTime')).toBe('2021-09-28T12:00:00.000Z');
    expect(result.out[0]).toBe('Bắt đầu (giờ Việt Nam) | Hàm | Thời gian chạy | Trạng thái');
    expect(result.out[1]).toBe('2021-10-03 18:00 | onFormSubmit | 0,3 giây | hoàn thành');
    expect(result.out[4]).toBe('2021-10-03 15:00 | drainOutbox | 3,3 giây | lỗi');
    expect(result.out).toHaveLength(102);
    expect(result.out.at(-1)).toBe('100 lần chạy từ 2021-09-28 19:00.');
  });

  it('--failed asks Google for the failed runs only; --since a day starts at midnight in Vietnam', async () => {
    standIn.maxPageSize = 200;
    const before = standIn.requests.length;
    const result = await logs({ failed: true, since: '2021-10-03' });
    expect(result.status).toBe(0);
    const sent = standIn.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.query.getAll('scriptProcessFilter.statuses')).toEqual([
      'FAILED',
      'TIMED_OUT',
      'CANCELED',
    ]);
    expect(sent[0]!.query.get('scriptProcessFilter.startTime')).toBe('2021-10-02T17:00:00.000Z');
    expect(result.out.slice(1, -1)).toEqual([
      '2021-10-03 15:00 | drainOutbox | 3,3 giây | lỗi',
      '2021-10-03 05:00 | drainOutbox | 6,3 giây | lỗi',
    ]);
    const none = await logs({ failed: true, since: '1h' });
    expect(none.out).toEqual(['Không có lần chạy nào bị lỗi từ 2021-10-03 18:00.']);
  });

  it('waits out a 429, and gives the Vietnamese line on a 403', async () => {
    standIn.onceStatuses.push(429);
    const retried = await logs({ since: '2h' });
    expect(retried.status).toBe(0);
    expect(retried.out).toHaveLength(4);
    standIn.onceStatuses.push(403, 403, 403);
    const forbidden = await logs();
    expect(forbidden.status).toBe(2);
    expect(forbidden.out).toEqual([]);
    expect(forbidden.err).toEqual([
      `Không đọc được lịch sử chạy của script ${SCRIPT}: Google từ chối: tài khoản đã đăng nhập không có quyền với script này, hoặc chưa bật Apps Script API tại script.google.com/home/usersettings.`,
    ]);
    standIn.onceStatuses.length = 0;
  });

  it('refuses a --since it cannot read, and a folder without .clasp.json, before any request', async () => {
    const before = standIn.requests.length;
    expect((await logs({ since: 'hôm qua' })).err[0]).toContain('--since “hôm qua” không hợp lệ');
    expect(sinceOf('2021-02-30', NOW)).toBeUndefined();
    const { got, print } = lines();
    expect(
      await listLogs({ failed: false, now: NOW, folder: tmpdir(), env, rootUrl: standIn.rootUrl }, print),
    ).toBe(2);
    expect(got.err[0]).toContain('.clasp.json');
    expect(standIn.requests.length).toBe(before);
  });

  it('runs a function with the script scopes, and says why not without them or when the script fails', async () => {
    const runHome = {
      XDG_CONFIG_HOME: configHomeWithToken(0o600, scopesFor({ write: false, run: true }).join(' ')),
    };
    const run = async (fn: string, home: NodeJS.ProcessEnv) => {
      const { got, print } = lines();
      const status = await runFunction(
        { functionName: fn, folder, env: home, rootUrl: standIn.rootUrl, backOff: FAST },
        print,
      );
      return { status, ...got };
    };
    const ok = await run('sendInvitations', runHome);
    expect(ok).toEqual({ status: 0, out: ['Đã chạy sendInvitations; kết quả: {"queued":42}'], err: [] });
    expect(standIn.requests.at(-1)!.path).toBe(`/v1/scripts/${SCRIPT}:run`);
    expect(standIn.requests.at(-1)!.body).toEqual({ function: 'sendInvitations', devMode: false });

    const failed = await run('syncCalendar', runHome);
    expect(failed.status).toBe(2);
    expect(failed.err).toEqual(['Không chạy được syncCalendar: script báo lỗi TypeError: x is undefined.']);
    const missing = await run('noSuchFunction', runHome);
    expect(missing.err[0]).toContain('API executable');

    const before = standIn.requests.length;
    const readOnly = await run('sendInvitations', {
      XDG_CONFIG_HOME: configHomeWithToken(0o600, READONLY_SCOPE),
    });
    expect(readOnly.status).toBe(2);
    expect(readOnly.err[0]).toContain('google login --client CLIENT.json --run');
    expect(standIn.requests.length).toBe(before);
  });

  it('asks at login for exactly the scopes the script declares', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
    };
    expect([...SCRIPT_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
  });
});
