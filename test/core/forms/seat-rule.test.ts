import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { allocateSeats, signupsInRecordingOrder, type SeatAllocation } from '../../../src/core/forms';

/**
 * The seat rule between responses recorded out of order: seats are decided in the order the
 * responses were recorded (a batch in submission-time order), so a seat already confirmed is
 * never taken back by an earlier-timestamped response recorded later.
 */

const SESSIONS = [
  { id: 'HD05', capacity: 2 },
  { id: 'HD06', capacity: 1 },
] as const;

interface Answer {
  readonly responseId: string;
  readonly person: string;
  readonly minute: number;
  /** Empty: the person cancels every session. */
  readonly sessionIds: readonly string[];
}

const normalised = (a: Answer) => ({
  responseId: a.responseId,
  submittedAt: localDateTime(2021, 10, 2, 8 + Math.floor(a.minute / 60), a.minute % 60),
  email: a.person,
  emailValid: true,
  sessionIds: a.sessionIds,
  problems: [],
});

/** Records the batches one after the other as the pipeline does, the allocation after each. */
function record(batches: readonly (readonly Answer[])[]): SeatAllocation[] {
  const history: Answer[] = [];
  return batches.map((batch) => {
    history.push(...[...batch].sort((a, b) => a.minute - b.minute));
    return allocateSeats(SESSIONS, signupsInRecordingOrder(history.map(normalised)));
  });
}

const answer = fc.record({
  person: fc.constantFrom('an', 'binh', 'chi', 'dung', 'em', 'giang'),
  minute: fc.integer({ min: 0, max: 180 }),
  sessionIds: fc.subarray(['HD05', 'HD06']),
});

/** Answers, recorded in a random order cut into random batches (a late sweep, a busy lock). */
const recordings = fc
  .array(answer, { minLength: 1, maxLength: 14 })
  .chain((answers) =>
    fc.tuple(
      fc.shuffledSubarray(
        answers.map((a, i): Answer => ({ ...a, responseId: `r${i}` })),
        { minLength: answers.length, maxLength: answers.length },
      ),
      fc.array(fc.boolean(), { minLength: answers.length, maxLength: answers.length }),
    ),
  )
  .map(([order, cuts]) => {
    const batches: Answer[][] = [[]];
    order.forEach((a, i) => {
      if (i > 0 && cuts[i]) batches.push([]);
      batches.at(-1)!.push(a);
    });
    return batches;
  });

/** People whose own answer in this batch counts (not older than one of theirs already recorded). */
function actingIn(batch: readonly Answer[], before: readonly Answer[]): Map<string, Answer[]> {
  const latest = new Map<string, number>();
  for (const a of before) latest.set(a.person, Math.max(latest.get(a.person) ?? -1, a.minute));
  const out = new Map<string, Answer[]>();
  for (const a of [...batch].sort((x, y) => x.minute - y.minute)) {
    if (a.minute < (latest.get(a.person) ?? -1)) continue;
    latest.set(a.person, a.minute);
    out.set(a.person, [...(out.get(a.person) ?? []), a]);
  }
  return out;
}

describe('the seat rule between responses recorded out of order', () => {
  it('an earlier-timestamped response recorded after a confirmed seat gets the waitlist, not the seat', () => {
    const early: Answer = { responseId: 'early', person: 'an', minute: 5, sessionIds: ['HD06'] };
    const late: Answer = { responseId: 'late', person: 'binh', minute: 9, sessionIds: ['HD06'] };
    const [first, second] = record([[late], [early]]);
    expect(first!.sessions[1]).toMatchObject({ seated: ['binh'], waitlist: [] });
    expect(second!.sessions[1]).toMatchObject({ seated: ['binh'], waitlist: ['an'] });
    // Recorded together, the same two are decided by their submission times.
    expect(record([[late, early]])[0]!.sessions[1]).toMatchObject({ seated: ['an'], waitlist: ['binh'] });
  });

  it('a person’s older answer recorded after a newer one moves nothing', () => {
    const newer: Answer = { responseId: 'n', person: 'an', minute: 30, sessionIds: ['HD06'] };
    const older: Answer = { responseId: 'o', person: 'an', minute: 10, sessionIds: [] };
    const [, after] = record([[newer], [older]]);
    expect(after!.sessions[1]).toMatchObject({ seated: ['an'] });
  });

  it('never exceeds capacity, never revokes a confirmed seat, promotes the waitlist in order', () => {
    fc.assert(
      fc.property(recordings, (batches) => {
        const allocations = record(batches);
        const recorded: Answer[] = [];
        let previous: SeatAllocation | undefined;
        batches.forEach((batch, k) => {
          const now = allocations[k]!;
          const acting = actingIn(batch, recorded);
          recorded.push(...batch);
          for (const session of now.sessions) {
            expect(session.seated.length).toBeLessThanOrEqual(session.capacity!);
            expect(session.seated.filter((p) => session.waitlist.includes(p))).toEqual([]);
          }
          if (!previous) {
            previous = now;
            return;
          }
          for (const session of now.sessions) {
            const before = previous.sessions.find((s) => s.id === session.id)!;
            // A confirmed seat stays unless its holder answered again without this session.
            for (const holder of before.seated) {
              const ownDrop = (acting.get(holder) ?? []).some((a) => !a.sessionIds.includes(session.id));
              if (!ownDrop) expect(session.seated, `${holder} keeps ${session.id}`).toContain(holder);
            }
            // People who did not give this session up keep their order in the line…
            const untouched = (p: string) =>
              !(acting.get(p) ?? []).some((a) => !a.sessionIds.includes(session.id));
            const waitingBefore = before.waitlist.filter(untouched);
            const stillWaiting = session.waitlist.filter((p) => waitingBefore.includes(p));
            expect(stillWaiting).toEqual(waitingBefore.filter((p) => stillWaiting.includes(p)));
            // …and nobody behind them, nor a newcomer, is seated while they still wait.
            const firstStill = stillWaiting[0];
            if (firstStill === undefined) continue;
            const ahead = waitingBefore.slice(0, waitingBefore.indexOf(firstStill));
            for (const seated of session.seated.filter((p) => !before.seated.includes(p))) {
              expect(ahead, `${seated} was seated before ${firstStill}`).toContain(seated);
            }
          }
          previous = now;
        });
      }),
      { numRuns: Number(process.env['SEAT_RUNS'] ?? 500) },
    );
  });
});
