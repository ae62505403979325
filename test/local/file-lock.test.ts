import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLock, lockPathOf } from '../../src/local/files/file-lock';
import { JsonProperties, propertiesPathOf } from '../../src/local/files/json-properties';
import { LockUnavailableError } from '../../src/ports';

const lockFile = (): string => lockPathOf(join(mkdtempSync(join(tmpdir(), 'lw-lock-')), 'plan.xlsx'));

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

  it('takes over a lock left by a crashed run once it is stale', () => {
    const path = lockFile();
    writeFileSync(path, '999999 crashed\n');
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(path, old, old);
    expect(new FileLock(path, 10).withLock(100, () => 'ok')).toBe('ok');
  });

  it('does not take over a fresh lock', () => {
    const path = lockFile();
    writeFileSync(path, '999999 running\n');
    expect(() => new FileLock(path, 10).withLock(60, () => 'ok')).toThrow(LockUnavailableError);
    expect(existsSync(path)).toBe(true);
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
