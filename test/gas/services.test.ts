import { afterEach, describe, expect, it } from 'vitest';
import { LockUnavailableError } from '../../src/ports';
import { gasRuntime } from '../../src/gas/runtime';
import { consoleLog, scriptLock, scriptProperties } from '../../src/gas/services';
import { removeFakes, withFakes } from './fakes/with-fakes';

afterEach(removeFakes);

describe('Apps Script service adapters', () => {
  it('properties: missing keys are undefined; set, get and delete go to the script properties', () => {
    const fakes = withFakes();
    const properties = scriptProperties();
    expect(fakes.calls['PropertiesService.getScriptProperties']).toBeUndefined();
    expect(properties.get('outbox.cursor')).toBeUndefined();
    properties.set('outbox.cursor', '42');
    expect(properties.get('outbox.cursor')).toBe('42');
    properties.delete('outbox.cursor');
    expect(fakes.properties.store.size).toBe(0);
    expect(fakes.calls['PropertiesService.getScriptProperties']).toBe(1);
  });

  it('lock: runs the function holding the lock and releases it, also when the function throws', () => {
    const fakes = withFakes();
    const lock = scriptLock();
    expect(lock.withLock(1000, () => (fakes.lock.held ? 'held' : 'not held'))).toBe('held');
    expect(() =>
      lock.withLock(1000, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(fakes.lock.history).toEqual(['try(1000)', 'release', 'try(1000)', 'release']);
  });

  it('lock: when another run holds it, throws LockUnavailableError and does not run the function', () => {
    const fakes = withFakes();
    fakes.lock.busy = true;
    let ran = false;
    expect(() =>
      scriptLock().withLock(1000, () => {
        ran = true;
      }),
    ).toThrow(LockUnavailableError);
    expect(ran).toBe(false);
    expect(fakes.lock.history).toEqual(['try(1000)']);
  });

  it('log goes to console (Cloud Logging); env reports both zones', () => {
    const fakes = withFakes({ spreadsheetTimeZone: 'Europe/London', scriptTimeZone: 'Asia/Ho_Chi_Minh' });
    consoleLog().info('xin chào');
    consoleLog().error('lỗi');
    expect(fakes.transcript).toEqual(['info: xin chào', 'error: lỗi']);
    const runtime = gasRuntime();
    expect(runtime.env.spreadsheetTimeZone()).toBe('Europe/London');
    expect(runtime.env.scriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });
});
