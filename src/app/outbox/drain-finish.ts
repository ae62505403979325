import { PENDING, SENDING, WAITING_STATES, type OutboxEntry } from '../../core/outbox/entry';
import { addMinutes } from '../../core/outbox/schedule';
import { earliestWork } from '../../core/outbox/schedule';
import type { LocalDateTime } from '../../core/cell';
import { toInstant } from '../../core/time-zone';
import type { ClockPort, TriggersPort } from '../../ports';
import type { DrainConfig } from './drain-types';

/**
 * At most one continuation trigger stays pending: at the earliest time anything can be tried,
 * or a minute after a lease of another execution ends (if that one was killed, its rows are
 * settled then). Returns the entries still waiting and the delay of the continuation, if any.
 */
export function scheduleNext(
  current: ReadonlyMap<number, OutboxEntry>,
  endWall: LocalDateTime,
  sentBatch: boolean,
  ports: { clock: ClockPort; triggers: TriggersPort },
  o: DrainConfig,
): { waiting: number; continuationAfterMs?: number } {
  const mails = [...current.values()].filter((e) => e.kind === 'mail');
  const waiting = mails.filter((e) => WAITING_STATES.includes(e.state));
  const leased = mails
    .filter((e) => e.state === SENDING && e.nextAttempt !== undefined)
    .map((e) => ({ ...e, state: PENDING, nextAttempt: addMinutes(e.nextAttempt!, 1) }));
  const next = earliestWork([...waiting, ...leased], endWall);
  let continuationAfterMs: number | undefined;
  if (next !== undefined) {
    const dueMs = toInstant(next, o.timeZone).getTime() - ports.clock.now().getTime();
    continuationAfterMs = Math.max(o.continuationMinDelayMs, dueMs);
  }
  if (sentBatch || ports.triggers.hasPendingContinuation()) ports.triggers.cancelContinuation();
  if (continuationAfterMs !== undefined) ports.triggers.scheduleContinuation(continuationAfterMs);
  return { waiting: waiting.length, ...(continuationAfterMs !== undefined ? { continuationAfterMs } : {}) };
}
