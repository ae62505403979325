import { describe, expect, it } from 'vitest';
import { calendarEntry } from '../../../src/app/calendar/calendar-entries';
import { localDateTime } from '../../../src/core/cell';
import { calendarDiff, desiredEvents, recordedGuests, type KnownEvent } from '../../../src/core/calendar';
import { FAILED, SENT, type OutboxEntry } from '../../../src/core/outbox/entry';
import { checkRecipients } from '../../../src/core/outbox/recipients';
import { activity, plan, SETTINGS, staff } from './plan-fixture';

const NOW = localDateTime(2021, 9, 30, 8);
const mail = (key: string): OutboxEntry => ({
  key,
  kind: 'mail',
  recipients: [],
  subject: 's',
  payload: '{}',
  state: SENT,
  attempts: 1,
});

/** The calendar writes of a first sync and of one with other guests, as the outbox holds them. */
function ledger(first: readonly string[], then: readonly string[]): OutboxEntry[] {
  const a = activity({ id: 'HD04' });
  const people = (emails: readonly string[]) =>
    staff(emails.length).map((p, i) => ({ ...p, email: emails[i]! }));
  const d1 = desiredEvents(plan([a], people(first)), SETTINGS).events;
  const ops1 = calendarDiff({ desired: d1, known: new Map(), untouchable: new Set() });
  const rows = ops1.map((op) => ({ ...calendarEntry(op, 2021, NOW), state: SENT }));
  const known = new Map<string, KnownEvent>([
    [
      'HD04',
      {
        activityId: 'HD04',
        fingerprint: (ops1[0] as { fingerprint: string }).fingerprint,
        guests: (ops1[0] as { listAfter: KnownEvent['guests'] }).listAfter,
        sequence: 0,
      },
    ],
  ]);
  const record = recordedGuests(rows, 2021);
  const d2 = desiredEvents(plan([a], people(then)), SETTINGS).events;
  const ops2 = calendarDiff({
    desired: d2,
    known,
    untouchable: new Set(),
    recorded: (id) => record.get(id) ?? [],
  });
  return [...rows, ...ops2.map((op) => ({ ...calendarEntry(op, 2021, NOW), state: SENT }))];
}

describe('who an event went to, read back from the outbox', () => {
  it('replays creations, added and removed guests in ledger order', () => {
    const rows = ledger(['a@truong.example', 'b@truong.example'], ['b@truong.example', 'c@truong.example']);
    expect(rows.map((r) => JSON.parse(r.payload).op.type)).toEqual([
      'create',
      'guests-added',
      'guests-removed',
    ]);
    expect(recordedGuests(rows, 2021).get('HD04')).toEqual(['b@truong.example', 'c@truong.example']);
  });

  it('ignores another year, a failed write and a payload the purge or a hand replaced', () => {
    const rows = ledger(['a@truong.example'], ['a@truong.example', 'c@truong.example']);
    expect(recordedGuests(rows, 2022).get('HD04')).toBeUndefined();
    const [create, added] = rows as [OutboxEntry, OutboxEntry];
    expect(recordedGuests([create, { ...added, state: FAILED }], 2021).get('HD04')).toEqual([
      'a@truong.example',
    ]);
    expect(
      recordedGuests([create, { ...added, payload: 'đã xóa theo thời hạn lưu trữ' }], 2021).get('HD04'),
    ).toEqual(['a@truong.example']);
  });

  it('reads the local runtime’s per-guest mails; a pseudonym is nobody', () => {
    const rows = [
      mail('calendar-invite:HD09:Lan@GiaDinh.example:0'),
      mail('calendar-invite:HD09:an-danh-0001@da-xoa.invalid:0'),
      mail('calendar-invite:HD09:gv1@truong.example:0'),
      mail('calendar-cancel:HD09:gv1@truong.example:1'),
      mail('invite-mail:NS001:2021'),
    ];
    expect(recordedGuests(rows, 2021).get('HD09')).toEqual(['lan@giadinh.example']);
  });

  it('an audience never invites a pseudonym (a purged signup brings no guest back)', () => {
    const a = activity({ id: 'HD04' });
    const people = staff(2).map((p, i) => ({
      ...p,
      email: i === 0 ? 'an-danh-0003@da-xoa.invalid' : p.email,
    }));
    const desired = desiredEvents(plan([a], people), SETTINGS).events;
    expect(desired.get('HD04')!.guests.some((g) => g.endsWith('.invalid'))).toBe(false);
  });
});

describe('a .invalid address', () => {
  it('is refused as a recipient, with the reason in Vietnamese and in English', () => {
    const vi = checkRecipients(['an-danh-0001@da-xoa.invalid']);
    expect(vi).toEqual({
      ok: false,
      error:
        'Địa chỉ "an-danh-0001@da-xoa.invalid" thuộc tên miền .invalid (địa chỉ thay thế sau khi xóa dữ liệu cá nhân của gia đình), không bao giờ nhận được thư: không gửi.',
    });
    const en = checkRecipients(['gv1@truong.example', 'x@da-xoa.INVALID'], 'en');
    expect(en.ok).toBe(false);
    expect(!en.ok && en.error).toMatch(/\.invalid domain .* can never receive mail: not sent\./);
  });
});
