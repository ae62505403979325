import { describe, expect, it } from 'vitest';
import { applyTabPurge, planPurge } from '../../../src/core/privacy';
import { OUTBOX_TABLE } from '../../../src/core/schema/tables';
import { mapHeader, recordToRow } from '../../../src/core/table';
import { buildInput, type Family, type Staff } from './purge-fixture';

const STAFF: Staff[] = [{ id: 'NS001', name: 'Cô Hoa', email: 'hoa@truong.example' }];
const FAMILIES: Family[] = [
  { id: 'PH001', name: 'Trần Văn Mạnh', email: 'manh@giadinh.example', child: 'Bé An', phone: '0901' },
];

/** The sample tabs plus the calendar write that created HD04 for the teacher and the family. */
function input() {
  const base = buildInput(
    STAFF,
    FAMILIES,
    [],
    [
      { who: FAMILIES[0]!, parent: true },
      { who: STAFF[0]!, parent: false },
    ],
  );
  const outbox = base.outbox!.map((line) => [...line]);
  const header = mapHeader(OUTBOX_TABLE, outbox[0]!);
  const payload = {
    year: 2021,
    op: {
      type: 'create',
      activityId: 'HD04',
      event: { guests: ['hoa@truong.example', 'manh@giadinh.example'] },
    },
  };
  outbox.push(
    recordToRow(header, {
      key: 'calendar:HD04:0:create:abc',
      kind: 'calendar',
      recipients: '',
      subject: 'Tạo sự kiện HD04',
      payload: JSON.stringify(payload),
      state: 'đã gửi',
      attempts: 1,
    }),
  );
  return { ...base, outbox };
}

describe('the purge and the calendar’s record', () => {
  it('keeps a calendar write readable: the family a pseudonym, the teacher as she was', () => {
    const before = input();
    const plan = planPurge(before);
    const outbox = applyTabPurge(
      before.outbox,
      plan.tabs.find((t) => t.table === 'outbox'),
    );
    const header = mapHeader(OUTBOX_TABLE, outbox[0]!);
    const row = outbox.find((l) => l[header.index.key!] === 'calendar:HD04:0:create:abc')!;
    const guests = (JSON.parse(String(row[header.index.payload!])) as { op: { event: { guests: string[] } } })
      .op.event.guests;
    expect(guests[0]).toBe('hoa@truong.example');
    expect(guests[1]).toMatch(/^an-danh-\d{4}@da-xoa\.invalid$/);
    expect(JSON.stringify(outbox)).not.toContain('manh@giadinh.example');
  });

  it('names the recorded family responses of each form, for the forms’ own copies', () => {
    expect(planPurge(input()).familyResponses).toEqual({
      nomination: [],
      training: ['tr-0'],
      attendance: [],
    });
  });
});
