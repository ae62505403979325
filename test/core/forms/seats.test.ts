import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import {
  allocateSeats,
  placementText,
  promotionKey,
  placementsOf,
  seatsTaken,
  signupsFromResponses,
  type Signup,
} from '../../../src/core/forms';

const at = (minute: number) => localDateTime(2021, 10, 2, 9, minute);
let n = 0;
const signup = (person: string, sessionIds: string[], minute = n++): Signup => ({
  person,
  responseId: `r${minute}-${person}`,
  timestamp: at(minute % 60),
  sessionIds,
});

describe('seat allocation', () => {
  it('seats in submission order and waitlists the rest with positions', () => {
    const result = allocateSeats(
      [{ id: 'HD06', capacity: 2 }],
      ['an', 'binh', 'chi', 'dung'].map((p) => signup(p, ['HD06'])),
    );
    expect(result.sessions[0]).toEqual({
      id: 'HD06',
      capacity: 2,
      seated: ['an', 'binh'],
      waitlist: ['chi', 'dung'],
    });
    expect(placementsOf(result, 'dung')).toEqual([{ sessionId: 'HD06', state: 'waitlisted', position: 2 }]);
    expect(placementText(placementsOf(result, 'an'))).toBe('HD06: có chỗ');
  });

  it('a resubmission that drops a session frees the seat and promotes the first waiting person', () => {
    const result = allocateSeats(
      [
        { id: 'HD05', capacity: 1 },
        { id: 'HD06', capacity: 1 },
      ],
      [
        signup('an', ['HD05', 'HD06'], 1),
        signup('binh', ['HD06'], 2),
        signup('chi', ['HD06'], 3),
        signup('an', ['HD05'], 4), // keeps HD05, drops HD06
      ],
    );
    expect(result.sessions[1]).toMatchObject({ seated: ['binh'], waitlist: ['chi'] });
    expect(result.sessions[0]).toMatchObject({ seated: ['an'] });
    expect(result.promotions).toEqual([
      { sessionId: 'HD06', person: 'binh', byResponseId: 'r4-an', at: at(4) },
    ]);
    expect(placementText(placementsOf(result, 'chi'))).toBe('HD06: chờ số 1');
    expect(promotionKey(result.promotions[0]!)).toBe('promote:HD06:binh:r4-an');
  });

  it('keeps the seat of a person who resubmits the same sessions', () => {
    const result = allocateSeats(
      [{ id: 'HD06', capacity: 1 }],
      [signup('an', ['HD06'], 1), signup('binh', ['HD06'], 2), signup('an', ['HD06', 'HD06'], 3)],
    );
    expect(result.sessions[0]).toMatchObject({ seated: ['an'], waitlist: ['binh'] });
    expect(result.promotions).toEqual([]);
  });

  it('has no limit without capacity, seats nobody with capacity 0, and reports unknown sessions', () => {
    const result = allocateSeats(
      [{ id: 'HD07' }, { id: 'HD09', capacity: 0 }],
      [signup('an', ['HD07', 'HD09', 'HD99'], 1), signup('binh', ['HD07'], 2)],
    );
    expect(result.sessions[0]!.seated).toEqual(['an', 'binh']);
    expect(result.sessions[1]).toMatchObject({ seated: [], waitlist: ['an'] });
    expect(result.unknownSessionIds).toEqual(['HD99']);
    expect(seatsTaken(result)).toEqual({ HD07: 2, HD09: 0 });
  });

  it('never exceeds capacity; every chosen session holds the person exactly once (property)', () => {
    const sessionIds = ['S1', 'S2', 'S3'];
    const people = ['a', 'b', 'c', 'd', 'e', 'f'];
    const arb = fc.record({
      capacities: fc.tuple(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.option(fc.integer({ min: 0, max: 3 })),
      ),
      submissions: fc.array(
        fc.record({ person: fc.constantFrom(...people), sessions: fc.subarray(sessionIds) }),
        { maxLength: 40 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ capacities, submissions }) => {
        const sessions = sessionIds.map((id, i) => {
          const c = capacities[i];
          return c === null || c === undefined ? { id } : { id, capacity: c };
        });
        const signups = submissions.map((s, i) => signup(s.person, s.sessions, i));
        const result = allocateSeats(sessions, signups);
        // The final wish of each person (cancellations included: an empty list drops everything).
        const finalWish = new Map<string, string[]>();
        for (const s of submissions) finalWish.set(s.person, s.sessions);
        for (const session of result.sessions) {
          if (session.capacity !== undefined)
            expect(session.seated.length).toBeLessThanOrEqual(session.capacity);
          const everyone = [...session.seated, ...session.waitlist];
          expect(new Set(everyone).size).toBe(everyone.length);
          const wanting = people.filter((p) => finalWish.get(p)?.includes(session.id));
          expect([...everyone].sort()).toEqual(wanting.sort());
          // Nobody waits while a seat is free.
          if (session.waitlist.length > 0) expect(session.seated.length).toBe(session.capacity);
        }
        for (const p of result.promotions) {
          const s = result.sessions.find((x) => x.id === p.sessionId)!;
          expect(s.capacity).toBeDefined();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same seats whatever the delivery order of the same submissions (after sorting)', () => {
    const responses = ['an', 'binh', 'chi'].map((p, i) => ({
      responseId: `r${i}`,
      submittedAt: at(i),
      email: `${p}@x.vn`,
      emailValid: true,
      sessionIds: ['HD06'],
      problems: [],
    }));
    const expected = allocateSeats([{ id: 'HD06', capacity: 1 }], signupsFromResponses(responses));
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...responses, responses[0]!], { minLength: 4, maxLength: 4 }),
        (shuffled) => {
          const result = allocateSeats([{ id: 'HD06', capacity: 1 }], signupsFromResponses(shuffled));
          expect(result.sessions).toEqual(expected.sessions);
        },
      ),
    );
    expect(expected.sessions[0]).toMatchObject({ seated: ['an@x.vn'], waitlist: ['binh@x.vn', 'chi@x.vn'] });
  });

  it('gives no seat to a response without a valid email or after the form closed', () => {
    const base = {
      submittedAt: at(1),
      sessionIds: ['HD06'],
      emailValid: true,
      problems: [] as { code: string }[],
    };
    const signups = signupsFromResponses([
      { ...base, responseId: 'a', email: 'sai', emailValid: false },
      { ...base, responseId: 'b', email: 'b@x.vn', problems: [{ code: 'form.closed' }] },
      { ...base, responseId: 'c', email: 'c@x.vn' },
    ]);
    expect(signups.map((s) => s.person)).toEqual(['c@x.vn']);
  });
});
