import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import {
  calendarDiff,
  decodeKnownEvent,
  desiredEvents,
  encodeKnownEvent,
  guestsDigest,
  knownEventKey,
  recordedGuests,
  stateAfter,
  type CalendarOp,
  type DesiredEvent,
  type KnownEvent,
} from '../../../src/core/calendar';
import type { Activity } from '../../../src/core/plan';
import { SENT, type OutboxEntry } from '../../../src/core/outbox/entry';
import { calendarEntry } from '../../../src/app/calendar/calendar-entries';
import { activity, plan, SETTINGS, staff } from './plan-fixture';

/** The outbox rows of the ops applied so far, per known state (the record the diff reads back). */
const LEDGER = new WeakMap<Map<string, KnownEvent>, OutboxEntry[]>();

/** Applies the ops to the known state, as a successful drain would, and records them in the outbox. */
function apply(known: Map<string, KnownEvent>, ops: readonly CalendarOp[]): Map<string, KnownEvent> {
  const next = new Map(known);
  for (const op of ops)
    next.set(op.activityId, stateAfter(op, next.get(op.activityId), `ev-${op.activityId}`));
  const rows = ops.map((op) => ({ ...calendarEntry(op, 2021, localDateTime(2021, 9, 30, 8)), state: SENT }));
  LEDGER.set(next, [...(LEDGER.get(known) ?? []), ...rows]);
  return next;
}

function desired(activities: Activity[], people = staff(39)): ReadonlyMap<string, DesiredEvent> {
  return desiredEvents(plan(activities, people), SETTINGS).events;
}

const diff = (
  d: ReadonlyMap<string, DesiredEvent>,
  known: Map<string, KnownEvent>,
  untouchable: string[] = [],
) => {
  const record = recordedGuests(LEDGER.get(known) ?? [], 2021);
  return calendarDiff({
    desired: d,
    known,
    untouchable: new Set(untouchable),
    recorded: (id) => record.get(id) ?? [],
  });
};

describe('calendarDiff', () => {
  const two = [
    activity({ id: 'HD04' }),
    activity({ id: 'HD05', title: 'Nói chuyện chuyên đề', category: 'nói chuyện' }),
  ];

  it('creates each event once, with a preview line, and a second diff yields nothing', () => {
    const ops = diff(desired(two), new Map());
    expect(ops.map((o) => [o.type, o.activityId, o.sequence])).toEqual([
      ['create', 'HD04', 0],
      ['create', 'HD05', 0],
    ]);
    expect(ops[0]!.description).toBe(
      'Tạo sự kiện HD04 ‘Dự Lễ khai mạc trực tuyến do Quận tổ chức’ thứ Ba, 05/10/2021 07:30–11:00, 39 khách mời',
    );
    expect(new Set(ops.map((o) => o.key)).size).toBe(2);
    expect(diff(desired(two), apply(new Map(), ops))).toEqual([]);
  });

  it('an edit touches that activity only, with a new sequence and a new key', () => {
    const known = apply(new Map(), diff(desired(two), new Map()));
    const edited = [two[0]!, { ...two[1]!, end: localDateTime(2021, 10, 5, 11, 30) }];
    const ops = diff(desired(edited), known);
    expect(ops.map((o) => [o.type, o.activityId, o.sequence])).toEqual([['update', 'HD05', 1]]);
    expect(ops[0]!.description).toContain('thành thứ Ba, 05/10/2021 07:30–11:30');
    expect(ops[0]!.key).not.toBe(diff(desired(two), new Map())[1]!.key);
    // Re-planning before the drain ran gives the same key: the outbox will not queue it twice.
    expect(diff(desired(edited), known)[0]!.key).toBe(ops[0]!.key);
  });

  it('diffs guests one by one: added and removed, never a resend to everyone', () => {
    const known = apply(new Map(), diff(desired(two, staff(39)), new Map()));
    const people = staff(40).slice(1); // gv1 left, gv40 arrived
    const ops = diff(desired(two, people), known);
    expect(ops.map((o) => [o.type, o.activityId, 'emails' in o ? o.emails : []])).toEqual([
      ['guests-added', 'HD04', ['gv40@truong.example']],
      ['guests-removed', 'HD04', ['gv1@truong.example']],
      ['guests-added', 'HD05', ['gv40@truong.example']],
      ['guests-removed', 'HD05', ['gv1@truong.example']],
    ]);
    expect(diff(desired(two, people), apply(known, ops))).toEqual([]);
  });

  it('cancels an event whose activity was cancelled or deleted, and leaves an unusable row alone', () => {
    const three = [...two, activity({ id: 'HD06' })];
    const known = apply(new Map(), diff(desired(three), new Map()));
    const now = [
      { ...two[0]!, status: 'hủy' as const },
      { ...two[1]!, start: undefined },
    ];
    const ops = diff(desired(now), known, ['HD05']);
    expect(ops.map((o) => [o.type, o.activityId, o.sequence])).toEqual([
      ['cancel', 'HD04', 1],
      ['cancel', 'HD06', 1],
    ]);
    expect(ops[0]!.description).toBe(
      'Hủy sự kiện HD04 ‘Dự Lễ khai mạc trực tuyến do Quận tổ chức’ thứ Ba, 05/10/2021 07:30–11:00, báo cho 39 khách mời',
    );
    const after = apply(known, ops);
    expect(diff(desired(now), after, ['HD05'])).toEqual([]);
    // Restored: created afresh with a higher sequence (same UID, so clients replace it).
    const again = diff(desired([two[0]!]), after);
    expect(again.find((o) => o.activityId === 'HD04')).toMatchObject({ type: 'create', sequence: 2 });
  });

  it('splits 2,000 guests over several operations and still converges', () => {
    const people = staff(2000);
    const ops = diff(desired([two[0]!], people), new Map());
    expect(ops.map((o) => o.type)).toEqual(['create', 'guests-added']);
    expect(ops.every((o) => JSON.stringify(o).length < 50_000)).toBe(true);
    const known = apply(new Map(), ops);
    expect(known.get('HD04')!.guests).toEqual(guestsDigest(people.map((p) => p.email.toLowerCase())));
    expect(diff(desired([two[0]!], people), known)).toEqual([]);
  });

  it('converges from any edit sequence: after applying, a re-diff is empty (property)', () => {
    const edit = fc.record({
      title: fc.constantFrom('Khai mạc', 'Khai mạc, phiên 2; “đặc biệt”'),
      hour: fc.integer({ min: 6, max: 15 }),
      staffCount: fc.integer({ min: 1, max: 30 }),
      cancelled: fc.boolean(),
      present: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let known = new Map<string, KnownEvent>();
        let lastSequence = -1;
        for (const e of edits) {
          const a = activity({
            id: 'HD04',
            title: e.title,
            start: localDateTime(2021, 10, 5, e.hour),
            end: localDateTime(2021, 10, 5, e.hour + 2),
            status: e.cancelled ? 'hủy' : 'kế hoạch',
          });
          const d = desired(e.present ? [a] : [], staff(e.staffCount));
          const ops = diff(d, known);
          for (const op of ops) expect(op.sequence).toBeGreaterThan(lastSequence);
          if (ops.length > 0) lastSequence = ops[0]!.sequence;
          known = apply(known, ops);
          expect(diff(d, known)).toEqual([]);
        }
      }),
    );
  });
});

describe('known state in the properties', () => {
  const state: KnownEvent = {
    activityId: 'HD04',
    eventId: 'abc@google.com',
    fingerprint: '0123456789abcdef',
    guests: guestsDigest(staff(2000).map((p) => p.email)),
    sequence: 3,
    title: 'Lễ khai mạc – “Học tập suốt đời”',
    start: localDateTime(2021, 10, 5, 7, 30),
    end: localDateTime(2021, 10, 5, 11, 0),
  };
  const key = knownEventKey(2021, 'HD04');

  it('round-trips; 2,000 guests are a digest of a few bytes, no address in it', () => {
    const entries = encodeKnownEvent(key, state);
    expect(entries).toHaveLength(1);
    const [[, value]] = entries as [[string, string]];
    expect(Buffer.byteLength(key + value, 'utf8')).toBeLessThan(400);
    expect(value).not.toContain('@truong');
    const store = new Map(entries);
    expect(decodeKnownEvent(key, (k) => store.get(k))).toEqual(state);
    expect(decodeKnownEvent(key, () => undefined)).toBeUndefined();
    expect(decodeKnownEvent(key, () => '{broken')).toBeUndefined();
  });

  it('reads a state stored with a whole guest list (older versions) as its digest', () => {
    const legacy = JSON.stringify({ ...state, guests: staff(3).map((p) => p.email) });
    expect(decodeKnownEvent(key, () => legacy)?.guests).toEqual(guestsDigest(staff(3).map((p) => p.email)));
  });
});
