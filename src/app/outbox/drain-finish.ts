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
 * settled then), or at a run a job has planned, if sooner. Returns the entries still waiting and the delay of the continuation, if any.
 */
export function scheduleNext(
  current: ReadonlyMap<number, OutboxEntry>,
  endWall: LocalDateTime,
  sentBatch: boolean,
  ports: { clock: ClockPort; triggers: TriggersPort },
  o: DrainConfig,
  /** A run a job has planned (ms): the continuation is due no later. */
  wakeAtMs?: number,
): { waiting: number; continuationAfterMs?: number } {
  const mails = [...current.values()].filter((e) => e.kind === 'mail');
  const waiting = mails.filter((e) => WAITING_STATES.includes(e.state));
  const leased = mails
    .filter((e) => e.state === SENDING && e.nextAttempt !== undefined)
    .map((e) => ({ ...e, state: PENDING, nextAttempt: addMinutes(e.nextAttempt!, 1) }));
  const next = earliestWork([...waiting, ...leased], endWall);
  let continuationAfterMs: number | undefined;
  const nowMs = ports.clock.now().getTime();
  const dues = [
    ...(next !== undefined ? [toInstant(next, o.timeZone).getTime() - nowMs] : []),
    ...(wakeAtMs !== undefined ? [wakeAtMs - nowMs] : []),
  ];
  if (dues.length > 0) continuationAfterMs = Math.max(o.continuationMinDelayMs, Math.min(...dues));
  if (sentBatch || ports.triggers.hasPendingContinuation()) ports.triggers.cancelContinuation();
  if (continuationAfterMs !== undefined) ports.triggers.scheduleContinuation(continuationAfterMs);
  return { waiting: waiting.length, ...(continuationAfterMs !== undefined ? { continuationAfterMs } : {}) };
}
