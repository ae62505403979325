import type { PropertiesPort } from '../ports';
import type { Deadline } from './deadline';

/**
 * A claim on work that only one execution may do at a time (sending the outbox, syncing the
 * calendar, building the report) while it calls a slow service WITHOUT the script lock: taken
 * and released under the lock, held in between. It names its execution and ends with that
 * execution's lease (deadline.ts), so the claim of an execution that was killed lapses by itself.
 */
interface Held {
  readonly owner: string;
  readonly untilMs: number;
}

function read(value: string | undefined): Held | undefined {
  if (!value) return undefined;
  try {
    const data = JSON.parse(value) as { owner?: unknown; until?: unknown };
    const untilMs = typeof data.until === 'string' ? Date.parse(data.until) : NaN;
    if (typeof data.owner !== 'string' || Number.isNaN(untilMs)) return undefined;
    return { owner: data.owner, untilMs };
  } catch {
    return undefined;
  }
}

/**
 * Under the script lock: takes the claim `key` for this execution, or returns false when another
 * live execution holds it (then the caller does nothing, or marks the work as wanted). An
 * unreadable claim is no claim: refusing forever would stop the work for good.
 */
export function takeClaim(
  properties: PropertiesPort,
  key: string,
  deadline: Deadline,
  nowMs: number,
): boolean {
  const held = read(properties.get(key));
  if (held && held.owner !== deadline.id && held.untilMs > nowMs) return false;
  properties.set(
    key,
    JSON.stringify({ owner: deadline.id, until: new Date(deadline.leaseEndMs).toISOString() }),
  );
  return true;
}

/** Under the script lock: gives the claim up, if it is still this execution's. */
export function releaseClaim(properties: PropertiesPort, key: string, deadline: Deadline): void {
  if (read(properties.get(key))?.owner === deadline.id) properties.delete(key);
}
