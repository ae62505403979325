import type { ClockPort } from '../ports';

/**
 * One deadline per execution, made when it starts and shared by everything it does (the sweep
 * of missed responses, the calendar sync, the drain, a response's processing), so a sweep that
 * took most of the time leaves the drain less instead of each use case counting from zero.
 *
 * The numbers, from Apps Script's quotas page (developers.google.com/apps-script/guides/services/quotas):
 * - an execution is killed at 6 minutes (consumer and Workspace accounts alike);
 * - new work (a mail, a calendar write) starts only during the first 4 min 30 s: the last send
 *   (about a second, a transient retry waits at most 8 s and only when it fits), the lock wait
 *   to record (at most 10 s) and the record itself (one read, one write, a few properties and
 *   triggers) fit in the 90 s left, with room for a slow service;
 * - a lease taken by this execution (the 'đang gửi' marks, the drain's claim) ends 1 minute
 *   after the execution can possibly have ended, rounded up to the minute (the ledger shows
 *   minutes): a mark older than that belongs to an execution that is gone.
 */
export const EXECUTION_LIMIT_MS = 360_000;
export const WORK_BUDGET_MS = 270_000;
export const LEASE_MARGIN_MS = 60_000;

export interface Deadline {
  /** This execution, as its leases name it. */
  readonly id: string;
  /** When the execution started (ms since epoch). */
  readonly startedMs: number;
  /** Milliseconds left in which new work may start; 0 or less once the budget is spent. */
  remainingMs(): number;
  /** The instant (ms) from which this execution's leases are void: it can no longer be running. */
  readonly leaseEndMs: number;
}

/** The deadline of an execution starting now. `budgetMs` shortens the work budget (tests, the CLI). */
export function executionDeadline(clock: ClockPort, budgetMs: number = WORK_BUDGET_MS): Deadline {
  const startedMs = clock.now().getTime();
  // A longer budget (the local CLI has no 6-minute kill) keeps the same reserve after the work.
  const lastEndMs = startedMs + Math.max(EXECUTION_LIMIT_MS, budgetMs + EXECUTION_LIMIT_MS - WORK_BUDGET_MS);
  const leaseEndMs = Math.ceil((lastEndMs + LEASE_MARGIN_MS) / 60_000) * 60_000;
  return {
    // The start instant and a random tail: two executions starting in the same millisecond differ.
    id: `${new Date(startedMs).toISOString()}#${Math.random().toString(36).slice(2, 8)}`,
    startedMs,
    remainingMs: () => startedMs + budgetMs - clock.now().getTime(),
    leaseEndMs,
  };
}
