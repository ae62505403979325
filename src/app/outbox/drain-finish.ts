import { WAITING_STATES, type OutboxEntry } from '../../core/outbox/entry';
import { earliestWork } from '../../core/outbox/schedule';
import type { LocalDateTime } from '../../core/cell';
import { toInstant } from '../../core/time-zone';
import type { ClockPort, TriggersPort } from '../../ports';
import type { DrainConfig } from './drain-types';

/**
 * At most one continuation trigger stays pending: at the earliest time anything can be tried.
 * Returns the entries still waiting and the delay of the continuation, if any.
 */
export function scheduleNext(
  current: ReadonlyMap<number, OutboxEntry>,
  endWall: LocalDateTime,
  sentBatch: boolean,
  ports: { clock: ClockPort; triggers: TriggersPort },
  o: DrainConfig,
): { waiting: number; continuationAfterMs?: number } {
  const waiting = [...current.values()].filter((e) => e.kind === 'mail' && WAITING_STATES.includes(e.state));
  const next = earliestWork(waiting, endWall);
  let continuationAfterMs: number | undefined;
  if (next !== undefined) {
    const dueMs = toInstant(next, o.timeZone).getTime() - ports.clock.now().getTime();
    continuationAfterMs = Math.max(o.continuationMinDelayMs, dueMs);
  }
  if (sentBatch || ports.triggers.hasPendingContinuation()) ports.triggers.cancelContinuation();
  if (continuationAfterMs !== undefined) ports.triggers.scheduleContinuation(continuationAfterMs);
  return { waiting: waiting.length, ...(continuationAfterMs !== undefined ? { continuationAfterMs } : {}) };
}
