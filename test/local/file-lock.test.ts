import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLock, lockOwner, lockPathOf } from '../../src/local/files/file-lock';
import { REASONS } from '../../src/local/runtime/cli-text';
import { JsonProperties, propertiesPathOf } from '../../src/local/files/json-properties';
import { LockUnavailableError } from '../../src/ports';

const lockFile = (): string => lockPathOf(join(mkdtempSync(join(tmpdir(), 'lw-lock-')), 'plan.xlsx'));

const lockText = (o: { pid: number; host: string; since?: string }): string =>
  `${JSON.stringify({ pid: o.pid, host: o.host, since: o.since ?? new Date().toISOString(), token: 'x' })}\n`;

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

/** Another process that takes the lock the way a CLI run does, then keeps running. */
function liveOwner(path: string): ChildProcess {
  const script = `
    const owner = { pid: process.pid, host: require('node:os').hostname(), since: new Date().toISOString(), token: 'child' };
    require('node:fs').writeFileSync(${JSON.stringify(path)}, JSON.stringify(owner), { flag: 'wx' });
    setInterval(() => {}, 1000);`;
  return spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((done) => setTimeout(done, 10));
  expect(condition()).toBe(true);
}

describe('file lock', () => {
  it('runs the function holding FILE.lock and removes it afterwards', () => {
    const path = lockFile();
    const lock = new FileLock(path);
    const seen = lock.withLock(100, () => existsSync(path));
    expect(seen).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses with LockUnavailableError while another run holds it, without running the function', () => {
    const path = lockFile();
    const first = new FileLock(path);
    const release = first.acquire(100);
    let ran = false;
    expect(() =>
      new FileLock(path).withLock(120, () => {
        ran = true;
      }),
    ).toThrow(LockUnavailableError);
    expect(ran).toBe(false);
    release();
    expect(new FileLock(path).withLock(100, () => 'ok')).toBe('ok');
  });

  it('takes over the lock of a run that was killed (its pid no longer runs on this computer)', () => {
    const path = lockFile();
    writeFileSync(path, lockText({ pid: deadPid(), host: hostname() }));
    const seen = new FileLock(path).withLock(100, () => readFileSync(path, 'utf8'));
    expect(seen).toContain(`"pid":${process.pid}`);
    expect(existsSync(path)).toBe(false);
  });

  it('never takes the lock from a live owner, however old the lock file (a run stalled on SMTP)', async () => {
    const path = lockFile();
    const owner = liveOwner(path);
    try {
      await waitFor(() => lockOwner(path) !== undefined);
      const hourAgo = new Date(Date.now() - 60 * 60_000);
      utimesSync(path, hourAgo, hourAgo);
      expect(() => new FileLock(path).withLock(150, () => 'taken')).toThrow(LockUnavailableError);
      expect(lockOwner(path)).toMatchObject({ pid: owner.pid, host: hostname() });
    } finally {
      owner.kill('SIGKILL');
      await new Promise((done) => owner.once('exit', done));
    }
    // Killed: the next run takes over without anyone deleting the file.
    expect(new FileLock(path).withLock(500, () => 'ok')).toBe('ok');
  });

  it("from another computer (a shared folder), waits until the owner's heartbeat has stopped for the stale limit", () => {
    const path = lockFile();
    writeFileSync(path, lockText({ pid: process.pid, host: 'may-ke-toan' }));
    const here = { host: 'may-hieu-truong', staleMinutes: 10 };
    expect(() => new FileLock(path, here).withLock(60, () => 'ok')).toThrow(LockUnavailableError);
    const silent = new Date(Date.now() - 11 * 60_000);
    utimesSync(path, silent, silent);
    expect(new FileLock(path, here).withLock(100, () => 'ok')).toBe('ok');
  });

  it('refreshes its heartbeat while it holds the lock, so another computer never finds it stale', async () => {
    const path = lockFile();
    const release = new FileLock(path, { heartbeatMs: 20 }).acquire(100);
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(path, old, old);
    await waitFor(() => Date.now() - statSync(path).mtimeMs < 60_000);
    expect(() => new FileLock(path, { host: 'other' }).withLock(60, () => 'x')).toThrow(LockUnavailableError);
    release();
    expect(existsSync(path)).toBe(false);
  });

  it('does not take over a fresh lock it cannot read (a run still writing it)', () => {
    const path = lockFile();
    writeFileSync(path, '');
    expect(() => new FileLock(path).withLock(60, () => 'ok')).toThrow(LockUnavailableError);
    expect(existsSync(path)).toBe(true);
  });

  it('gives up at its deadline on a lock name that exists but cannot be read (a dangling link)', () => {
    const path = lockFile();
    // open(…, 'wx') says EEXIST, reading it says ENOENT: a lock that is there and gone at once.
    symlinkSync(join(tmpdir(), 'lw-lock-nowhere', 'x'), path);
    const started = Date.now();
    expect(() => new FileLock(path).acquire(300)).toThrow(LockUnavailableError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('says in Vietnamese who holds the lock and which file to delete once no run is left', () => {
    const path = lockFile();
    writeFileSync(path, lockText({ pid: 4242, host: 'may-van-phong', since: '2021-10-05T01:10:00.000Z' }));
    const line = REASONS.locked(path);
    expect(line).toContain('tiến trình 4242 trên máy may-van-phong từ 08:10 05/10/2021');
    expect(line).toContain('Nếu chắc chắn không còn lệnh learning-week nào đang chạy trên máy may-van-phong');
    expect(line).toContain(`hãy xóa tệp ${path} rồi chạy lại.`);
    // A lock file that does not say who holds it still says how to clear it.
    writeFileSync(path, 'hỏng');
    expect(REASONS.locked(path)).toContain(`hãy xóa tệp ${path} rồi chạy lại.`);
  });

  it('keeps the real time whatever clock the command runs on (--now)', () => {
    const path = lockFile();
    const release = new FileLock(path).acquire(100);
    expect(Math.abs(lockOwner(path)!.since.getTime() - Date.now())).toBeLessThan(60_000);
    release();
  });

  it('is re-entrant within one run (a use case asking for the lock the CLI holds)', () => {
    const path = lockFile();
    const lock = new FileLock(path);
    const result = lock.withLock(100, () => lock.withLock(100, () => 'inner'));
    expect(result).toBe('inner');
    expect(existsSync(path)).toBe(false);
  });

  it('releases after an async critical section, even when it fails', async () => {
    const path = lockFile();
    const lock = new FileLock(path);
    await expect(lock.withLockAsync(100, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(path)).toBe(false);
  });
});

describe('properties beside the workbook', () => {
  it('persists values in FILE.properties.json across runs', () => {
    const file = propertiesPathOf(join(mkdtempSync(join(tmpdir(), 'lw-props-')), 'plan.xlsx'));
    const first = new JsonProperties(file);
    first.set('formId', 'abc');
    first.set('lastRun', '2021-10-05T08:00');
    first.delete('lastRun');
    const second = new JsonProperties(file);
    expect(second.get('formId')).toBe('abc');
    expect(second.get('lastRun')).toBeUndefined();
    expect(second.get('toString')).toBeUndefined();
  });
});
