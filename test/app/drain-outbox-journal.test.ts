import { describe, expect, it } from 'vitest';
import { drainOutbox, type DrainResult } from '../../src/app/outbox/drain-outbox';
import { SEND_JOURNAL_KEY, decodeJournals } from '../../src/core/outbox/send-journal';
import type { OutgoingMail, PropertiesPort } from '../../src/ports';
import { entryByKey, queueInvitations, statesByKey } from '../support/fault-ledger';
import { FaultWorld, Killed, seededRandom } from '../support/fault-world';

/**
 * The send journal (script properties) settles a batch an execution left 'đang gửi': what it
 * recorded as sent becomes 'đã gửi', what never started goes back to waiting, and only the one
 * mail whose send had started when the run died asks the principal ('cần kiểm tra').
 */

const START = Date.UTC(2021, 8, 28, 1, 0); // 28/09/2021 08:00 in the school
const M = 16;
const key = (i: number): string => `invite-mail:NS${String(i).padStart(4, '0')}:2021`;

function world(sendMs: [number, number] = [200, 200]): FaultWorld {
  return new FaultWorld(
    START,
    { transientRate: 0, quotaErrorRate: 0, sendMs, dailyQuota: 100 },
    seededRandom(1),
  );
}

/** Script properties in memory; each call counts towards the world's kill point, like a port. */
class WorldProperties implements PropertiesPort {
  readonly store = new Map<string, string>();
  readonly calls = { get: 0, set: 0, delete: 0 };
  /** Runs after a set has taken effect (its 1-based number in this execution). */
  afterSet: ((n: number) => void) | undefined;
  /** Throws Killed at this set (1-based, this execution), before it has any effect. */
  killAtSet: number | undefined;
  private setsThisRun = 0;

  constructor(private readonly w: FaultWorld) {}

  newExecution(): void {
    this.setsThisRun = 0;
    this.afterSet = undefined;
    this.killAtSet = undefined;
  }

  private tick(): void {
    if (this.w.killed) throw new Killed();
    this.w.calls++;
    if (this.w.killAtCall !== undefined && this.w.calls >= this.w.killAtCall) {
      this.w.killed = true;
      throw new Killed();
    }
  }

  get(k: string): string | undefined {
    this.tick();
    this.calls.get++;
    return this.store.get(k);
  }

  set(k: string, value: string): void {
    this.tick();
    this.calls.set++;
    const n = ++this.setsThisRun;
    if (n === this.killAtSet) {
      this.w.killed = true;
      throw new Killed();
    }
    this.store.set(k, value);
    this.afterSet?.(n);
  }

  delete(k: string): void {
    this.tick();
    this.calls.delete++;
    this.store.delete(k);
  }
}

function setUp(sendMs?: [number, number]): { w: FaultWorld; props: WorldProperties } {
  const w = world(sendMs);
  queueInvitations(w.tables, M);
  return { w, props: new WorldProperties(w) };
}

/** Property writes before the first mail: the drain's claim, then the batch's journal. */
const BEFORE_MAILS = 2;

/** The watchdog continuation of a killed run fires once the run's lease has ended. */
const AFTER_THE_LEASE_MS = 8 * 60_000;

/** One execution: returns its result, or 'killed' (then the clock moves on to the watchdog's run). */
function run(w: FaultWorld, props: PropertiesPort | undefined): DrainResult | 'killed' {
  try {
    return drainOutbox({ ...w.ports(), ...(props ? { properties: props } : {}) });
  } catch (error) {
    if (error instanceof Killed) {
      w.nowMs += AFTER_THE_LEASE_MS;
      return 'killed';
    }
    throw error;
  } finally {
    w.beginExecution();
    if (props instanceof WorldProperties) props.newExecution();
  }
}

/** The execution dies right after the k-th mail left (before anything records it). */
function killAfterSend(w: FaultWorld, k: number): void {
  const deliver = w.mail.send;
  let sends = 0;
  w.mail.send = (mail: OutgoingMail): void => {
    deliver(mail);
    if (++sends === k) {
      w.killed = true;
      w.mail.send = deliver;
    }
  };
}

/** The nth sheet write of the next execution throws Killed before it has any effect. */
function killWrites(w: FaultWorld, nth: number): () => void {
  const tables = w.tables;
  const write = tables.write.bind(tables);
  let writes = 0;
  tables.write = (...args: Parameters<typeof write>): void => {
    if (++writes === nth) {
      w.killed = true;
      throw new Killed();
    }
    write(...args);
  };
  return () => {
    tables.write = write;
  };
}

function expectEachOnce(w: FaultWorld): void {
  for (const [k, count] of w.deliveries) expect(count, `${k} delivered ${count} times`).toBe(1);
}

const states = (w: FaultWorld): string[] => Object.values(statesByKey(w.tables));

describe('the send journal settles a killed batch', () => {
  it.each([1, 3, 8, M])(
    '(a) killed right after mail %i left, before its journal write: only that one needs review',
    (k) => {
      const { w, props } = setUp();
      killAfterSend(w, k);
      expect(run(w, props)).toBe('killed');
      expect(w.delivered).toHaveLength(k);
      expect(states(w).every((s) => s === 'đang gửi')).toBe(true);

      const result = run(w, props) as DrainResult;
      expect(result).toMatchObject({ needsReview: 1, recovered: M - 1, sent: M - k, remaining: 0 });
      const byKey = statesByKey(w.tables);
      for (let i = 1; i <= M; i++) {
        const expected = i < k ? 'đã gửi' : i === k ? 'cần kiểm tra' : 'đã gửi';
        expect(byKey[key(i)], key(i)).toBe(expected);
      }
      expect(entryByKey(w.tables, key(k))!.lastError).toContain('chưa rõ thư đã đi hay chưa');
      // the ones settled from the journal: sent, done now, no error; the rest sent once, attempt 1
      if (k > 1) expect(entryByKey(w.tables, key(1))).toMatchObject({ attempts: 1, lastError: undefined });
      if (k < M) expect(entryByKey(w.tables, key(M))).toMatchObject({ state: 'đã gửi', attempts: 1 });
      expectEachOnce(w);
      expect(w.delivered).toHaveLength(M);
      expect(props.store.has(SEND_JOURNAL_KEY)).toBe(false);
    },
  );

  it.each([1, 5, M - 1])(
    '(b) killed between mail %i and the next (after its journal write): no review, each sent once',
    (k) => {
      const { w, props } = setUp();
      // writes: the drain's claim, the batch, then per mail "started" and outcome: mail k's outcome is 2 + 2k
      props.afterSet = (n) => {
        if (n === BEFORE_MAILS + 2 * k) w.killed = true;
      };
      expect(run(w, props)).toBe('killed');
      expect(w.delivered).toHaveLength(k);
      const result = run(w, props) as DrainResult;
      expect(result).toMatchObject({ needsReview: 0, recovered: M, sent: M - k });
      expect(states(w)).toEqual(Array(M).fill('đã gửi'));
      expectEachOnce(w);
      expect(w.delivered).toHaveLength(M);
    },
  );

  it('(b) killed at the "started" write of the next mail: no review, each sent once', () => {
    const { w, props } = setUp();
    props.killAtSet = BEFORE_MAILS + 2 * 4 + 1; // mail 5's "started"
    expect(run(w, props)).toBe('killed');
    expect(w.delivered).toHaveLength(4);
    expect(run(w, props)).toMatchObject({ needsReview: 0, sent: M - 4 });
    expect(states(w)).toEqual(Array(M).fill('đã gửi'));
    expectEachOnce(w);
  });

  it('killed at the send itself, before the mail left: that one asks the principal (it cannot be known)', () => {
    const { w, props } = setUp();
    props.afterSet = (n) => {
      // mail 5's "started" is on record: the mailer dies before accepting it
      if (n === BEFORE_MAILS + 2 * 4 + 1) w.killed = true;
    };
    expect(run(w, props)).toBe('killed');
    expect(w.delivered).toHaveLength(4);
    expect(run(w, props)).toMatchObject({ needsReview: 1, sent: M - 5 });
    expect(statesByKey(w.tables)[key(5)]).toBe('cần kiểm tra');
    expectEachOnce(w);
  });

  it('(c) killed during the results write: no review row, nothing sent again', () => {
    const { w, props } = setUp();
    const restore = killWrites(w, 2);
    expect(run(w, props)).toBe('killed');
    restore();
    expect(w.delivered).toHaveLength(M);
    expect(states(w).every((s) => s === 'đang gửi')).toBe(true);
    expect(decodeJournals(props.store.get(SEND_JOURNAL_KEY))[0]).toMatchObject({
      closed: true,
      outcomes: 'S'.repeat(M),
    });
    expect(run(w, props)).toMatchObject({ needsReview: 0, recovered: M, sent: 0 });
    expect(states(w)).toEqual(Array(M).fill('đã gửi'));
    expect(w.delivered).toHaveLength(M);
    expect(props.store.has(SEND_JOURNAL_KEY)).toBe(false);
  });

  it('(c) a run stopped by its time budget and killed in the results write: sent ones settled, the rest go later', () => {
    const { w, props } = setUp([40_000, 40_000]);
    const restore = killWrites(w, 2);
    expect(run(w, props)).toBe('killed');
    restore();
    const first = w.delivered.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(M);
    const result = run(w, props) as DrainResult;
    expect(result.needsReview).toBe(0);
    expect(result.recovered).toBe(M);
    for (let i = 0; i < 5 && w.delivered.length < M; i++) run(w, props);
    expect(states(w)).toEqual(Array(M).fill('đã gửi'));
    expectEachOnce(w);
    expect(w.delivered).toHaveLength(M);
  });

  it('the recovering run killed before its own marks: the next run still recovers (one review only)', () => {
    const { w, props } = setUp();
    killAfterSend(w, 6);
    expect(run(w, props)).toBe('killed');
    // the recovery run writes its journal (with the old one kept), then dies at its first write
    const restore = killWrites(w, 1);
    expect(run(w, props)).toBe('killed');
    restore();
    expect(decodeJournals(props.store.get(SEND_JOURNAL_KEY))).toHaveLength(2);
    const result = run(w, props) as DrainResult;
    expect(result).toMatchObject({ needsReview: 1, sent: M - 6 });
    expect(statesByKey(w.tables)[key(6)]).toBe('cần kiểm tra');
    expect(states(w).filter((s) => s === 'đã gửi')).toHaveLength(M - 1);
    expectEachOnce(w);
  });

  it('the recovering run killed right after its marks: its own journal settles it', () => {
    const { w, props } = setUp();
    killAfterSend(w, 6);
    expect(run(w, props)).toBe('killed');
    // dies at the flush of the marks: recovery and new marks written, nothing sent yet
    w.killAtCall = undefined;
    const ports = w.ports();
    let result: DrainResult | 'killed';
    try {
      result = drainOutbox({
        ...ports,
        properties: props,
        checkpoint: {
          checkpoint: () => {
            w.killed = true;
            throw new Killed();
          },
        },
      });
    } catch {
      result = 'killed';
      w.nowMs += AFTER_THE_LEASE_MS;
    } finally {
      w.beginExecution();
      props.newExecution();
    }
    expect(result).toBe('killed');
    expect(statesByKey(w.tables)[key(6)]).toBe('cần kiểm tra');
    expect(run(w, props)).toMatchObject({ needsReview: 0, sent: M - 6 });
    expect(states(w).filter((s) => s === 'đã gửi')).toHaveLength(M - 1);
    expectEachOnce(w);
  });
});

describe('without a usable journal: every stranded row needs review, as before', () => {
  it('(d) no journal (properties lost, or none given to the drain)', () => {
    for (const variant of ['deleted', 'no port'] as const) {
      const { w, props } = setUp();
      killAfterSend(w, 3);
      expect(run(w, props)).toBe('killed');
      if (variant === 'deleted') props.store.delete(SEND_JOURNAL_KEY);
      const result = run(w, variant === 'deleted' ? props : undefined) as DrainResult;
      expect(result).toMatchObject({ needsReview: M, recovered: 0, sent: 0 });
      expect(states(w)).toEqual(Array(M).fill('cần kiểm tra'));
      expectEachOnce(w);
    }
  });

  it('(d) rows sorted by hand after the kill: the journal does not match, and is deleted', () => {
    const { w, props } = setUp();
    killAfterSend(w, 3);
    expect(run(w, props)).toBe('killed');
    const grid = w.tables.tabs.get('Hộp thư đi')!;
    [grid[2], grid[5]] = [grid[5]!, grid[2]!];
    const result = run(w, props) as DrainResult;
    expect(result).toMatchObject({ needsReview: M, recovered: 0, sent: 0 });
    expect(states(w)).toEqual(Array(M).fill('cần kiểm tra'));
    expect(props.store.has(SEND_JOURNAL_KEY)).toBe(false);
    expectEachOnce(w);
  });

  it('(d) a row of the batch set by hand to another state: no match', () => {
    const { w, props } = setUp();
    killAfterSend(w, 3);
    expect(run(w, props)).toBe('killed');
    const grid = w.tables.tabs.get('Hộp thư đi')!;
    const stateCol = grid[0]!.indexOf('Trạng thái');
    grid[1]![stateCol] = 'đã gửi'; // the principal, finding mail 1 in the sent folder
    expect(run(w, props)).toMatchObject({ needsReview: M - 1, recovered: 0 });
    expectEachOnce(w);
  });

  it('a stale journal left by a run killed after its results write is dropped, harmlessly', () => {
    const { w, props } = setUp();
    props.afterSet = undefined;
    // the run completes, then dies at the journal's delete
    const del = props.delete.bind(props);
    props.delete = (): void => {
      w.killed = true;
      throw new Killed();
    };
    expect(run(w, props)).toBe('killed');
    props.delete = del;
    expect(states(w)).toEqual(Array(M).fill('đã gửi'));
    expect(props.store.has(SEND_JOURNAL_KEY)).toBe(true);
    queueInvitations(w.tables, 2, M);
    expect(run(w, props)).toMatchObject({ needsReview: 0, recovered: 0, sent: 2 });
    expect(props.store.has(SEND_JOURNAL_KEY)).toBe(false);
    expectEachOnce(w);
  });
});

describe('what the journal costs', () => {
  it('one more sheet read than without it, and two property writes a mail', () => {
    const sheetCalls = (props: WorldProperties | undefined): Record<string, number> => {
      const w = world();
      queueInvitations(w.tables, M);
      w.tables.resetCalls();
      run(w, props);
      return { ...w.tables.calls };
    };
    const props = new WorldProperties(world());
    expect(sheetCalls(props)).toEqual(sheetCalls(undefined));
    // The claim (taken, checked at release, released) and the journal (read again by the round
    // that records the batch, opened, closed, deleted) around two writes a mail.
    expect(props.calls).toEqual({ get: 4, set: BEFORE_MAILS + 2 * M + 1, delete: 2 });
  });

  it('a property service that refuses the "started" write stops the sending, strands nothing', () => {
    const { w, props } = setUp();
    const set = props.set.bind(props);
    let sets = 0;
    props.set = (k: string, value: string): void => {
      // the claim, the batch, mail 1 and mail 2: mail 3's "started" fails
      if (++sets === BEFORE_MAILS + 2 * 2 + 1) throw new Error('Service unavailable: Properties');
      set(k, value);
    };
    const result = run(w, props) as DrainResult;
    expect(result.sent).toBe(2);
    expect(result.remaining).toBe(M - 2);
    expect(states(w).filter((s) => s === 'đang gửi')).toHaveLength(0);
    props.set = set;
    run(w, props);
    expect(states(w)).toEqual(Array(M).fill('đã gửi'));
    expectEachOnce(w);
  });
});
