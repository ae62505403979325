import type { LocalDateTime } from '../cell';
import type { Language } from '../plan';
import { catalogue } from '../i18n/catalogue';

/**
 * Seat allocation for sessions with limited capacity, replayed from the ordered history of
 * signups (so it is the same however often it runs, and both runtimes agree).
 *
 * Rules: seats go in the order of the signups given (the pipeline gives them in the order they
 * were recorded: signupsInRecordingOrder); over capacity a person joins the waitlist; a person's
 * later submission replaces their choice: sessions kept keep their seat or waitlist place,
 * sessions added are allocated anew, sessions dropped free the seat and the first waiting
 * person is promoted (reported, so a mail can be queued). Never over capacity.
 */

export interface SessionCapacity {
  readonly id: string;
  /** Undefined: no limit. */
  readonly capacity?: number;
}

export interface Signup {
  /** Who (the normalised email, or personKey): a later signup by the same person replaces theirs. */
  readonly person: string;
  readonly responseId: string;
  readonly timestamp: LocalDateTime;
  readonly sessionIds: readonly string[];
}

export interface SessionSeats {
  readonly id: string;
  readonly capacity?: number;
  /** Seated people, in the order they got their seat. */
  readonly seated: readonly string[];
  /** Waiting people, first in line first (position = index + 1). */
  readonly waitlist: readonly string[];
}

export interface Promotion {
  readonly sessionId: string;
  readonly person: string;
  /** The submission that freed the seat. */
  readonly byResponseId: string;
  readonly at: LocalDateTime;
}

export type Placement =
  | { readonly sessionId: string; readonly state: 'seated' }
  | { readonly sessionId: string; readonly state: 'waitlisted'; readonly position: number };

export interface SeatAllocation {
  readonly sessions: readonly SessionSeats[];
  readonly promotions: readonly Promotion[];
  /** Session ids chosen in a signup that are not among the sessions (ignored for seating). */
  readonly unknownSessionIds: readonly string[];
}

interface MutableSession {
  id: string;
  capacity?: number;
  seated: string[];
  waitlist: string[];
}

/**
 * `signups` in the order seats are decided: the order of recording (signupsInRecordingOrder)
 * for the pipeline, so a replay never moves a seat already confirmed; submission order
 * (signupsFromResponses) where only counts matter.
 */
export function allocateSeats(
  sessions: readonly SessionCapacity[],
  signups: readonly Signup[],
): SeatAllocation {
  const table = new Map<string, MutableSession>();
  for (const s of sessions) {
    const capacity = s.capacity === undefined ? undefined : Math.max(0, Math.floor(s.capacity));
    table.set(s.id, { id: s.id, ...(capacity === undefined ? {} : { capacity }), seated: [], waitlist: [] });
  }
  const chosen = new Map<string, string[]>();
  const promotions: Promotion[] = [];
  const unknown = new Set<string>();

  for (const signup of signups) {
    const wanted = [...new Set(signup.sessionIds)].filter((id) => {
      if (table.has(id)) return true;
      unknown.add(id);
      return false;
    });
    const before = chosen.get(signup.person) ?? [];
    for (const id of before) {
      if (wanted.includes(id)) continue;
      const session = table.get(id)!;
      const seat = session.seated.indexOf(signup.person);
      if (seat >= 0) {
        session.seated.splice(seat, 1);
        const next = session.waitlist.shift();
        if (next !== undefined) {
          session.seated.push(next);
          promotions.push({
            sessionId: id,
            person: next,
            byResponseId: signup.responseId,
            at: signup.timestamp,
          });
        }
      } else {
        session.waitlist.splice(session.waitlist.indexOf(signup.person), 1);
      }
    }
    for (const id of wanted) {
      if (before.includes(id)) continue;
      const session = table.get(id)!;
      if (session.capacity === undefined || session.seated.length < session.capacity)
        session.seated.push(signup.person);
      else session.waitlist.push(signup.person);
    }
    chosen.set(signup.person, wanted);
  }

  return {
    sessions: sessions.map((s) => {
      const m = table.get(s.id)!;
      return {
        id: m.id,
        ...(m.capacity === undefined ? {} : { capacity: m.capacity }),
        seated: m.seated,
        waitlist: m.waitlist,
      };
    }),
    promotions,
    unknownSessionIds: [...unknown],
  };
}

/** Where a person stands in each session they chose. */
export function placementsOf(allocation: SeatAllocation, person: string): Placement[] {
  const out: Placement[] = [];
  for (const s of allocation.sessions) {
    if (s.seated.includes(person)) out.push({ sessionId: s.id, state: 'seated' });
    const at = s.waitlist.indexOf(person);
    if (at >= 0) out.push({ sessionId: s.id, state: 'waitlisted', position: at + 1 });
  }
  return out;
}

/** Seated count per session id: feeds the seats-left part of buildFormSpecs' session labels. */
export function seatsTaken(allocation: SeatAllocation): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of allocation.sessions) out[s.id] = s.seated.length;
  return out;
}

/** The training tab's seat column, one "id: seat or waiting place" per session. */
export function placementText(placements: readonly Placement[], lang: Language = 'vi'): string {
  const t = catalogue(lang).forms.seats;
  return placements
    .map((p) => (p.state === 'seated' ? t.seated(p.sessionId) : t.waiting(p.sessionId, p.position)))
    .join('; ');
}

/**
 * The signups of the training responses, in submission order: each response id once; responses
 * that cannot be tied to a person (no valid email) or came after the form closed get no seat.
 */
export function signupsFromResponses(
  responses: readonly {
    readonly responseId: string;
    readonly submittedAt: LocalDateTime;
    readonly email: string;
    readonly emailValid: boolean;
    readonly sessionIds: readonly string[];
    readonly problems: readonly { readonly code: string }[];
  }[],
): Signup[] {
  const seen = new Set<string>();
  const eligible = responses.filter((r) => {
    if (seen.has(r.responseId)) return false;
    seen.add(r.responseId);
    return r.emailValid && !r.problems.some((p) => p.code === 'form.closed');
  });
  // Array.prototype.sort is stable (ES2019): equal minutes keep their order of arrival.
  return eligible
    .slice()
    .sort((a, b) =>
      a.submittedAt.iso < b.submittedAt.iso ? -1 : a.submittedAt.iso > b.submittedAt.iso ? 1 : 0,
    )
    .map((r) => ({
      person: r.email,
      responseId: r.responseId,
      timestamp: r.submittedAt,
      sessionIds: r.sessionIds,
    }));
}

/**
 * The signups of the training responses in the order they were RECORDED (the raw log's order;
 * within one batch the pipeline appends in submission-time order), so a seat, once confirmed,
 * is never taken back by an earlier-timestamped response recorded after it: that one gets the
 * next free seat or the waiting list. A person's response older than one of theirs already
 * recorded is superseded (latest wins, as on their row) and moves nothing. Each response id
 * once; no valid email or after the form closed: no seat.
 */
export function signupsInRecordingOrder(
  responses: readonly {
    readonly responseId: string;
    readonly submittedAt: LocalDateTime;
    readonly email: string;
    readonly emailValid: boolean;
    readonly sessionIds: readonly string[];
    readonly problems: readonly { readonly code: string }[];
  }[],
): Signup[] {
  const seen = new Set<string>();
  const latest = new Map<string, string>();
  const out: Signup[] = [];
  for (const r of responses) {
    if (seen.has(r.responseId)) continue;
    seen.add(r.responseId);
    if (!r.emailValid || r.problems.some((p) => p.code === 'form.closed')) continue;
    const current = latest.get(r.email);
    if (current !== undefined && r.submittedAt.iso < current) continue;
    latest.set(r.email, r.submittedAt.iso);
    out.push({
      person: r.email,
      responseId: r.responseId,
      timestamp: r.submittedAt,
      sessionIds: r.sessionIds,
    });
  }
  return out;
}

/**
 * The outbox idempotency key of a promotion mail. It names the freeing submission too: a
 * person promoted, who leaves and is promoted again later, gets a second mail; a replay of the
 * same history never does.
 */
export function promotionKey(promotion: Promotion): string {
  return `promote:${promotion.sessionId}:${promotion.person}:${promotion.byResponseId}`;
}
