import { describe, expect, it } from 'vitest';
import { createGasFakes, Killed, TRANSIENT_ERRORS } from './fakes';

/** The fault injection must itself be right, or the bundle's fault tests would prove nothing. */
describe('fault injection in the fakes', () => {
  it('the lock really excludes: while one execution holds it, another cannot take it', () => {
    const fakes = createGasFakes();
    const lock = () => fakes.globals.LockService.getScriptLock();
    const inner: boolean[] = [];
    fakes.execute('A', () => {
      expect(lock().tryLock(1000)).toBe(true);
      fakes.execute('B', () => {
        inner.push(lock().tryLock(1000));
        expect(() => lock().waitLock(1000)).toThrow(/Lock timeout/);
        lock().releaseLock(); // not the holder: changes nothing
      });
      expect(lock().hasLock()).toBe(true);
    });
    expect(inner).toEqual([false]);
    // A ended without releasing: Apps Script releases at the end of the execution
    expect(fakes.lock.held).toBe(false);
    fakes.execute('C', () => expect(lock().tryLock(1000)).toBe(true));
  });

  it('a kill at call N stops the execution there, and every later call fails too', () => {
    const fakes = createGasFakes();
    const { record } = fakes.execute(
      'drain',
      () => {
        fakes.globals.MailApp.sendEmail({ to: 'a@x.vn', subject: 's', body: 'b' });
        try {
          fakes.globals.MailApp.sendEmail({ to: 'b@x.vn', subject: 's', body: 'b' });
        } catch {
          // a script that swallows the error cannot go on working
        }
        fakes.globals.SpreadsheetApp.flush();
      },
      { killAtCall: 2 },
    );
    expect(record.killed).toBe(true);
    expect(record.error).toBeInstanceOf(Killed);
    expect(fakes.mail.sent.map((m) => m.to)).toEqual(['a@x.vn']);
    // test code outside an execution is never faulted
    expect(() => fakes.globals.SpreadsheetApp.flush()).not.toThrow();
  });

  it('transient errors hit the chosen methods at about the given rate, replayably', () => {
    const failuresWith = (seed: number): number => {
      const fakes = createGasFakes({ mail: { dailyQuota: 10_000 } });
      fakes.faults.injectTransient(['MailApp.sendEmail'], 0.3, seed);
      let failed = 0;
      fakes.execute('x', () => {
        for (let i = 0; i < 1000; i++) {
          try {
            fakes.globals.MailApp.sendEmail({ to: `p${i}@x.vn`, subject: 's', body: 'b' });
          } catch (error) {
            expect(TRANSIENT_ERRORS.some((m) => (error as Error).message === m)).toBe(true);
            failed++;
          }
          fakes.globals.MailApp.getRemainingDailyQuota(); // other methods: never faulted
        }
      });
      expect(fakes.mail.sent).toHaveLength(1000 - failed);
      return failed;
    };
    const failed = failuresWith(7);
    expect(failed).toBeGreaterThan(240);
    expect(failed).toBeLessThan(360);
    expect(failuresWith(7)).toBe(failed);
  });

  it('an interleaved execution runs in the middle of another, at the chosen call', () => {
    const fakes = createGasFakes();
    const order: string[] = [];
    fakes.faults.interleaveAt('SpreadsheetApp.flush', 1, () => {
      fakes.execute('B', () => order.push('B'));
    });
    fakes.execute('A', () => {
      order.push('A starts');
      fakes.globals.SpreadsheetApp.flush();
      order.push('A ends');
    });
    expect(order).toEqual(['A starts', 'B', 'A ends']);
    expect(fakes.executions.map((e) => e.name)).toEqual(['B', 'A']);
  });

  it('sending takes time on the clock, and the quota is counted in recipients', () => {
    const fakes = createGasFakes({ mail: { dailyQuota: 2, sendMs: 500 } });
    const send = () => fakes.globals.MailApp.sendEmail({ to: 'a@x.vn, b@x.vn', subject: 's', body: 'b' });
    const start = fakes.clock.nowMs;
    send();
    expect(fakes.clock.nowMs).toBe(start + 500);
    expect(() => send()).toThrow('Service invoked too many times for one day: email.');
  });
});
