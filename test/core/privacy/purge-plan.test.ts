import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import {
  applyTabPurge,
  isPseudonym,
  planPurge,
  PURGED_MARKER,
  PURGED_TABLES,
  type PurgeInput,
  type PurgePlan,
} from '../../../src/core/privacy';
import {
  FAMILIES_TABLE,
  NOMINATIONS_TABLE,
  OUTBOX_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../../src/core/schema/tables';
import { cellText, readTable } from '../../../src/core/table';
import { buildInput, PHONE_HEADER, type Family, type Staff } from './purge-fixture';

const apply = (input: PurgeInput, plan: PurgePlan): PurgeInput => {
  const out: Record<string, Grid | undefined> = { ...input };
  for (const table of PURGED_TABLES) {
    const grid = input[table];
    if (grid)
      out[table] = applyTabPurge(
        grid,
        plan.tabs.find((t) => t.table === table),
      );
  }
  return out as PurgeInput;
};

const purge = (input: PurgeInput): PurgeInput => apply(input, planPurge(input));

const textOf = (input: PurgeInput): string =>
  Object.values(input)
    .flatMap((grid: Grid | undefined) => grid ?? [])
    .map((line) => line.map((c) => cellText(c)).join('\t'))
    .join('\n')
    .toLowerCase();

const familiesText = (input: PurgeInput): string =>
  PURGED_TABLES.map((t) => textOf({ [t]: input[t] })).join('\n');

const STAFF: Staff[] = [
  { id: 'NS001', name: 'Trần Thị Hoa', email: 'hoa.tran@truong.example.com' },
  { id: 'NS002', name: 'Lê Văn Bình', email: 'binh.le@truong.example.com' },
];
const FAMILIES: Family[] = [
  {
    id: 'PH001',
    name: 'Nguyễn Văn An',
    email: 'an.nguyen@example.net',
    child: 'Nguyễn Bảo Châu',
    phone: '0903 123 456',
  },
  {
    id: 'PH002',
    name: 'Phạm Thị Duyên',
    email: 'duyen.pham@example.net',
    child: 'Phạm Gia Huy',
    phone: '0918 765 432',
  },
];

describe('planPurge on a small school', () => {
  const input = buildInput(
    STAFF,
    FAMILIES,
    [
      { by: FAMILIES[0]!, family: FAMILIES[1]!, consent: true },
      { by: STAFF[0]!, family: FAMILIES[0]!, consent: false },
    ],
    [
      { who: FAMILIES[1]!, parent: true },
      { who: STAFF[1]!, parent: false },
    ],
  );
  const plan = planPurge(input);
  const after = apply(input, plan);

  it("rewrites the families, the nominations, the parents' signups, their raw responses and mails", () => {
    expect(plan.rows).toEqual({
      families: 2,
      nominations: 2,
      trainingSignups: 1,
      attendance: 0,
      rawResponses: 3,
      outbox: 5,
    });
    const text = familiesText(after);
    for (const f of FAMILIES)
      for (const v of [f.name, f.email, f.child, f.phone]) expect(text).not.toContain(v.toLowerCase());
    // The staff member's nomination is about a family: gone too, her address included there.
    const noms = readTable(NOMINATIONS_TABLE, after.nominations).rows;
    expect(noms.map((r) => cellText(r.cells.name))).toEqual([PURGED_MARKER, PURGED_MARKER]);
    expect(noms.every((r) => isPseudonym(cellText(r.cells.email)))).toBe(true);
  });

  it('keeps what the figures need: ids, consent, status, sessions, seats, keys and states', () => {
    const noms = readTable(NOMINATIONS_TABLE, after.nominations).rows;
    expect(
      noms.map((r) => [cellText(r.cells.responseId), cellText(r.cells.consent), cellText(r.cells.status)]),
    ).toEqual([
      ['nom-0', 'có', 'mới'],
      ['nom-1', 'không', 'mới'],
    ]);
    const families = readTable(FAMILIES_TABLE, after.families).rows;
    expect(
      families.map((r) => [cellText(r.cells.id), cellText(r.cells.parentName), cellText(r.cells.email)]),
    ).toEqual([
      ['PH001', PURGED_MARKER, ''],
      ['PH002', PURGED_MARKER, ''],
    ]);
    expect(after.families![1]![after.families![0]!.indexOf(PHONE_HEADER)]).toBe(PURGED_MARKER);
    const training = readTable(TRAINING_SIGNUPS_TABLE, after.trainingSignups).rows;
    expect(
      training.map((r) => [cellText(r.cells.who), cellText(r.cells.seats), cellText(r.cells.name)]),
    ).toEqual([
      ['Phụ huynh', 'HD10: có chỗ', PURGED_MARKER],
      ['CB-GV-NV', 'HD10: có chỗ', STAFF[1]!.name],
    ]);
    const raw = readTable(RAW_RESPONSES_TABLE, after.rawResponses).rows;
    const parentRaw = JSON.parse(cellText(raw[2]!.cells.content)) as {
      answers: Record<string, unknown>;
      email: string;
    };
    expect(parentRaw.answers['Bạn là']).toBe('Phụ huynh');
    expect(parentRaw.answers['Họ và tên']).toBe(PURGED_MARKER);
    expect(isPseudonym(parentRaw.email)).toBe(true);
    const nomRaw = JSON.parse(cellText(raw[0]!.cells.content)) as { answers: Record<string, unknown> };
    expect(nomRaw.answers['Đồng ý chia sẻ với Hội khuyến học phường']).toBe('Đồng ý');
    const outbox = readTable(OUTBOX_TABLE, after.outbox).rows;
    expect(outbox.map((r) => cellText(r.cells.state))).toEqual([
      'đã gửi',
      'đã gửi',
      'chờ gửi',
      'chờ gửi',
      'đã gửi',
      'đã gửi',
      'thất bại',
    ]);
    // The confirmation of the staff member's nomination: its text goes, her address stays.
    expect(cellText(outbox[5]!.cells.key)).toBe('confirm-mail:nom-1');
    expect(cellText(outbox[5]!.cells.recipients)).toBe(STAFF[0]!.email);
    expect(cellText(outbox[5]!.cells.payload)).toBe(PURGED_MARKER);
    expect(cellText(outbox[0]!.cells.key)).toBe('invite-family-mail:PH001:2021');
    // The key naming the parent's address carries the same pseudonym as her signup.
    expect(cellText(outbox[6]!.cells.key)).toBe(`promote:HD10:${cellText(training[0]!.cells.email)}:tr-0`);
  });

  it('leaves the staff alone: "Nhân sự", staff signups and staff mails', () => {
    expect(after.people).toEqual(input.people);
    expect(after.trainingSignups![2]).toEqual(input.trainingSignups![2]);
    expect(after.outbox![3]).toEqual(input.outbox![3]);
    expect(after.rawResponses![4]).toEqual(input.rawResponses![4]);
  });

  it('changes nothing the second time', () => {
    expect(planPurge(after)).toMatchObject({ tabs: [], cellsChanged: 0 });
  });
});

const name = fc
  .tuple(
    fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ'),
    fc.constantFrom('Văn', 'Thị', 'Minh', 'Ngọc'),
    fc.constantFrom('Anh', 'Bảo', 'Cường', 'Dung', 'Hạnh', 'Khoa', 'Lan', 'Phúc'),
  )
  .map((p) => p.join(' '));

/** Families and staff with distinct identities (a name or address shared with staff is staff's). */
const world = fc
  .record({
    families: fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 0, maxLength: 8 }),
    staff: fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 0, maxLength: 4 }),
    familyName: name,
    nominations: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.boolean()), { maxLength: 6 }),
    signups: fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 6 }),
  })
  .map((w) => {
    const families: Family[] = w.families.map((n) => ({
      id: `PH${n}`,
      name: `${w.familyName} ${n}`,
      email: `ph${n}@nha.example.net`,
      child: `Bé ${w.familyName} con ${n}`,
      phone: `09${String(n).padStart(8, '7')}`,
    }));
    const staff: Staff[] = w.staff.map((n) => ({
      id: `NS${n}`,
      name: `Cô giáo ${n}`,
      email: `gv${n}@truong.example.com`,
    }));
    const nominations = families.length
      ? w.nominations.map(([a, b, byStaff, consent]) => ({
          by: byStaff && staff.length ? staff[a % staff.length]! : families[a % families.length]!,
          family: families[b % families.length]!,
          consent,
        }))
      : [];
    const signups = w.signups.flatMap(([a, parent]) => {
      const pool: (Family | Staff)[] = parent ? families : staff;
      return pool.length ? [{ who: pool[a % pool.length]!, parent }] : [];
    });
    return { families, staff, input: buildInput(staff, families, nominations, signups) };
  });

describe('planPurge, for any school', () => {
  it('is idempotent: purge(purge(x)) = purge(x)', () => {
    fc.assert(
      fc.property(world, ({ input }) => {
        const once = purge(input);
        expect(purge(once)).toEqual(once);
        expect(planPurge(once).tabs).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves no family email, phone, name or child anywhere, and every staff cell as it was', () => {
    fc.assert(
      fc.property(world, ({ families, staff, input }) => {
        const after = purge(input);
        const text = familiesText(after);
        for (const f of families)
          for (const v of [f.email, f.phone, f.name, f.child])
            expect(text.includes(v.toLowerCase()), v).toBe(false);
        expect(after.people).toEqual(input.people);
        // Staff invitations keep their address.
        for (const p of staff) expect(textOf({ outbox: after.outbox })).toContain(p.email);
        // Rows are never deleted.
        for (const t of PURGED_TABLES) expect(after[t]!.length).toBe(input[t]!.length);
      }),
      { numRuns: 60 },
    );
  });
});
