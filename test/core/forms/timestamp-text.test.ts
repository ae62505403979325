import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime, partsOf, type LocalDateTime } from '../../../src/core/cell';
import {
  decideDateOrder,
  orderOf,
  readTimestamp,
  type DateOrder,
} from '../../../src/core/forms/timestamp-text';

const pad = (n: number): string => String(n).padStart(2, '0');
const h12 = (h: number): number => h % 12 || 12;

/** The layouts Google writes a submission time in, as a file would show it (seconds included). */
const LAYOUTS = {
  formsPage: (t: Stamp) =>
    `${t.year}/${pad(t.month)}/${pad(t.day)} ${h12(t.hour)}:${pad(t.minute)}:${pad(t.second)} ${t.hour < 12 ? 'AM' : 'PM'} GMT+7`,
  formsPageVi: (t: Stamp) =>
    `${t.year}/${pad(t.month)}/${pad(t.day)} ${h12(t.hour)}:${pad(t.minute)}:${pad(t.second)} ${t.hour < 12 ? 'SA' : 'CH'} GMT+7`,
  viVN: (t: Stamp) => `${pad(t.day)}/${pad(t.month)}/${t.year} ${t.hour}:${pad(t.minute)}:${pad(t.second)}`,
  enGB: (t: Stamp) =>
    `${pad(t.day)}/${pad(t.month)}/${t.year} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`,
  enUS: (t: Stamp) => `${t.month}/${t.day}/${t.year} ${t.hour}:${pad(t.minute)}:${pad(t.second)}`,
  iso: (t: Stamp) => `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`,
} as const;
type Layout = keyof typeof LAYOUTS;
const ORDER_OF: Record<Layout, DateOrder> = {
  formsPage: 'ymd',
  formsPageVi: 'ymd',
  viVN: 'dmy',
  enGB: 'dmy',
  enUS: 'mdy',
  iso: 'ymd',
};

interface Stamp {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const stamp = fc
  .record({
    year: fc.integer({ min: 2000, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
  })
  .filter((t) => new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDate() === t.day);

const wallClock = (t: Stamp): LocalDateTime => localDateTime(t.year, t.month, t.day, t.hour, t.minute);
const layout = fc.constantFrom(...(Object.keys(LAYOUTS) as Layout[]));

describe('timestamp text: every layout Google writes', () => {
  it('reads the examples each layout is known for', () => {
    const oct1 = '2021-10-01T08:10';
    expect(readTimestamp('2021/10/01 8:10:00 AM GMT+7', undefined)).toEqual({ ok: true, value: dt(oct1) });
    expect(readTimestamp('2021/10/01 8:10:00 PM GMT+7', undefined)).toEqual({
      ok: true,
      value: dt('2021-10-01T20:10'),
    });
    expect(readTimestamp('2021/10/01 12:05:00 AM GMT+7', undefined)).toEqual({
      ok: true,
      value: dt('2021-10-01T00:05'),
    });
    expect(readTimestamp('01/10/2021 8:10:00', 'dmy')).toEqual({ ok: true, value: dt(oct1) });
    expect(readTimestamp('01/10/2021 08:10:00', 'dmy')).toEqual({ ok: true, value: dt(oct1) });
    expect(readTimestamp('10/1/2021 8:10:00', 'mdy')).toEqual({ ok: true, value: dt(oct1) });
    expect(readTimestamp('2021-10-01 08:10:00', undefined)).toEqual({ ok: true, value: dt(oct1) });
  });

  it('converts a stated offset to the school clock (a download made from an account in another zone)', () => {
    expect(readTimestamp('2021/10/01 3:10:00 AM GMT+2', undefined)).toEqual({
      ok: true,
      value: dt('2021-10-01T08:10'),
    });
    expect(readTimestamp('2021-10-01T01:10:00Z', undefined)).toEqual({
      ok: true,
      value: dt('2021-10-01T08:10'),
    });
    expect(readTimestamp('2021/10/01 10:40:00 AM GMT+5:30', undefined)).toEqual({
      ok: true,
      value: dt('2021-10-01T12:10'),
    });
  });

  it('says why a text does not read, and refuses a zone abbreviation it would have to guess', () => {
    expect(readTimestamp('', 'dmy')).toEqual({ ok: false, problem: 'empty' });
    expect(readTimestamp('hôm qua', 'dmy')).toEqual({ ok: false, problem: 'format' });
    expect(readTimestamp('31/02/2021 08:00', 'dmy')).toEqual({ ok: false, problem: 'date' });
    expect(readTimestamp('2021/10/01 13:10:00 PM GMT+7', undefined)).toEqual({ ok: false, problem: 'time' });
    expect(readTimestamp('01/10/2021 24:10', 'dmy')).toEqual({ ok: false, problem: 'time' });
    expect(readTimestamp('2022/06/22 11:07:29 AM AST', undefined)).toEqual({
      ok: false,
      problem: 'zone',
      zone: 'AST',
    });
    expect(readTimestamp('01/10/21 08:10', 'dmy')).toEqual({ ok: false, problem: 'format' });
    expect(readTimestamp('01/10/2021 08:10', 'ymd')).toEqual({ ok: false, problem: 'order' });
    expect(readTimestamp('01/10/2021 08:10', undefined)).toEqual({ ok: false, problem: 'order' });
    // Day equal to month: the order does not matter, nothing to ask.
    expect(readTimestamp('10/10/2021 08:10', undefined)).toEqual({ ok: true, value: dt('2021-10-10T08:10') });
  });

  it('round-trips any time in any layout, given the order the layout uses (property)', () => {
    fc.assert(
      fc.property(stamp, layout, (t, name) => {
        const read = readTimestamp(LAYOUTS[name](t), ORDER_OF[name]);
        expect(read).toEqual({ ok: true, value: wallClock(t) });
      }),
      { numRuns: 500 },
    );
  });

  it('settles a file whose rows include one only its own order reads, and reads every row right (property)', () => {
    fc.assert(
      fc.property(
        fc.array(stamp, { minLength: 1, maxLength: 20 }),
        fc.constantFrom<Layout>('viVN', 'enGB', 'enUS'),
        stamp.filter((t) => t.day > 12),
        fc.nat(),
        (stamps, name, proof, at) => {
          const all = [...stamps];
          all.splice(at % (all.length + 1), 0, proof);
          const texts = all.map(LAYOUTS[name]);
          const decision = decideDateOrder(texts);
          expect(decision).toMatchObject({ kind: 'file', order: ORDER_OF[name] });
          const order = orderOf(decision);
          texts.forEach((text, i) =>
            expect(readTimestamp(text, order)).toEqual({ ok: true, value: wallClock(all[i]!) }),
          );
        },
      ),
    );
  });

  it('never guesses: rows whose day and month both read leave the order unknown, never picked (property)', () => {
    const ambiguous = stamp.filter((t) => t.day <= 12 && t.month <= 12);
    fc.assert(
      fc.property(
        fc.array(ambiguous, { minLength: 1, maxLength: 20 }),
        fc.constantFrom<Layout>('viVN', 'enGB', 'enUS'),
        (stamps, name) => {
          const texts = stamps.map(LAYOUTS[name]);
          const decision = decideDateOrder(texts);
          const moot = stamps.every((t) => t.day === t.month);
          expect(decision.kind).toBe(moot ? 'moot' : 'unknown');
          expect(orderOf(decision)).toBeUndefined();
          for (const [i, text] of texts.entries()) {
            const read = readTimestamp(text, undefined);
            if (stamps[i]!.day === stamps[i]!.month)
              expect(read).toEqual({ ok: true, value: wallClock(stamps[i]!) });
            else expect(read).toEqual({ ok: false, problem: 'order' });
          }
        },
      ),
    );
  });

  it('year-first layouts need no order, and one settles nothing for the others', () => {
    expect(decideDateOrder(['2021/10/01 8:10:00 AM GMT+7', '2021-10-02 09:00'])).toEqual({ kind: 'moot' });
    expect(decideDateOrder(['2021/10/01 8:10:00 AM GMT+7', '01/10/2021 9:00'])).toEqual({
      kind: 'unknown',
      at: 1,
    });
    expect(decideDateOrder(['01/10/2021 9:00'], 'mdy')).toEqual({ kind: 'option', order: 'mdy' });
    expect(decideDateOrder(['13/10/2021 9:00', 'x', '10/13/2021 9:00'])).toEqual({
      kind: 'conflict',
      at: 0,
      against: 2,
    });
  });

  it('keeps the wall clock whatever zone the machine runs in', () => {
    const read = readTimestamp('2021/10/06 8:05:09 PM GMT+7', undefined);
    expect(read.ok && partsOf(read.value)).toMatchObject({ day: 6, hour: 20, minute: 5 });
  });
});

function dt(iso: string): LocalDateTime {
  return { kind: 'local-datetime', iso };
}
