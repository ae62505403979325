import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localDateTime } from '../../src/core/cell';
import {
  formatCell,
  normaliseEmail,
  parseCell,
  parseChoice,
  parseDate,
  parseDateTime,
  parseEmail,
  parseEmails,
  parseId,
  parseNumber,
  parsePercent,
  parseText,
  parseUrl,
  parseYesNo,
} from '../../src/core/codec';
import { ACTIVITY_CATEGORIES } from '../../src/core/schema/tables';

const codes = (p: { problems: readonly { code: string }[] }): string[] => p.problems.map((x) => x.code);

describe('dates', () => {
  it('takes real dates as they are, and drops the time for a date column', () => {
    const v = localDateTime(2021, 10, 5, 8, 0);
    expect(parseDateTime(v)).toEqual({ value: v, blank: false, problems: [] });
    expect(parseDate(v).value).toEqual(localDateTime(2021, 10, 5));
  });

  it.each([
    ['05/10/2021', localDateTime(2021, 10, 5)],
    ['5/10/2021 8:00', localDateTime(2021, 10, 5, 8, 0)],
    ['05-10-2021', localDateTime(2021, 10, 5)],
    ['2021-10-05 08:00', localDateTime(2021, 10, 5, 8, 0)],
    ['05.10.2021 14h30', localDateTime(2021, 10, 5, 14, 30)],
    ['ngày 05 tháng 10 năm 2020', localDateTime(2020, 10, 5)],
  ])('understands %s typed as text, with a warning that it is text', (text, expected) => {
    const parsed = parseDateTime(text);
    expect(parsed.value).toEqual(expected);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ code: 'date.text', severity: 'warning', params: { text } });
  });

  it('says which year a date without one probably meant', () => {
    const parsed = parseDateTime('5/10', { expectedYear: 2021 });
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({
      code: 'date.noYear',
      severity: 'error',
      params: { text: '5/10', suggestion: '05/10/2021' },
    });
    expect(parseDateTime('5/10').problems[0]?.params).not.toHaveProperty('suggestion');
  });

  it.each(['hôm qua', '31/02/2021', '05/13/2021', '2021', 'ngày mai 8h', '25:00 05/10/2021'])(
    'refuses nonsense %s',
    (text) => {
      const parsed = parseDateTime(text);
      expect(parsed.value).toBeUndefined();
      expect(codes(parsed)).toEqual(['date.invalid']);
    },
  );

  it('refuses numbers and booleans in a date column', () => {
    expect(codes(parseDate(44474))).toEqual(['date.invalid']);
    expect(codes(parseDate(true))).toEqual(['date.invalid']);
  });

  it('round-trips every real date typed as dd/MM/yyyy HH:mm text', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1990, 0, 1)),
          max: new Date(Date.UTC(2090, 0, 1)),
          noInvalidDate: true,
        }),
        (d) => {
          const v = localDateTime(
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            d.getUTCHours(),
            d.getUTCMinutes(),
          );
          const [date, time] = v.iso.split('T') as [string, string];
          const [y, m, day] = date.split('-');
          expect(parseDateTime(`${day}/${m}/${y} ${time}`).value).toEqual(v);
        },
      ),
    );
  });
});

describe('numbers and percentages', () => {
  it('accepts numbers, and numbers typed as text with a warning', () => {
    expect(parseNumber(40)).toEqual({ value: 40, blank: false, problems: [] });
    const text = parseNumber('40');
    expect(text.value).toBe(40);
    expect(text.problems[0]).toMatchObject({ code: 'number.text', severity: 'warning' });
    expect(parseNumber(' 2,5 ').value).toBe(2.5);
    expect(codes(parseNumber('bốn mươi'))).toEqual(['number.invalid']);
  });

  it.each([50, '50', '50 %', '50%', 0.5, '0,5'])('reads %s as 50 %%', (cell) => {
    expect(parsePercent(cell)).toEqual({ value: 50, blank: false, problems: [] });
  });

  it('keeps out-of-range percentages for the rule to flag, and refuses words', () => {
    expect(parsePercent(150).value).toBe(150);
    expect(codes(parsePercent('một nửa'))).toEqual(['percent.invalid']);
  });
});

describe('yes/no and choices', () => {
  it.each(['có', 'Có', 'CO', 'yes', 'x', 'X', true, 1, 'TRUE'])('%s is yes', (cell) => {
    expect(parseYesNo(cell).value).toBe(true);
  });
  it.each(['không', 'khong', 'KHÔNG', 'no', false, 0, '0', 'false'])('%s is no', (cell) => {
    expect(parseYesNo(cell).value).toBe(false);
  });
  it('refuses other words', () => {
    expect(codes(parseYesNo('có lẽ'))).toEqual(['yesno.invalid']);
  });

  it('matches choices without regard to case, diacritics or punctuation, returning the canonical one', () => {
    expect(parseChoice('TAP HUAN', ACTIVITY_CATEGORIES).value).toBe('tập huấn');
    expect(parseChoice('Tổng kết - khen thưởng', ACTIVITY_CATEGORIES).value).toBe('tổng kết-khen thưởng');
    const wrong = parseChoice('hội thảo', ACTIVITY_CATEGORIES);
    expect(wrong.problems[0]).toMatchObject({ code: 'choice.unknown', params: { text: 'hội thảo' } });
    expect(String(wrong.problems[0]?.params['choices'])).toContain('tập huấn');
  });
});

describe('e-mail', () => {
  it('trims and lower-cases', () => {
    expect(parseEmail('  Hieu.Truong@MN2010.edu.vn ').value).toBe('hieu.truong@mn2010.edu.vn');
  });
  it.each([
    'a@b',
    'ab.example.com',
    'a b@example.com',
    'a@example.com\nBcc: x@evil.com',
    'a@exa mple.com',
    '@example.com',
    'a@',
    'a@@example.com',
  ])('refuses %j', (text) => {
    expect(codes(parseEmail(text))).toEqual(['email.invalid']);
    expect(normaliseEmail(text)).toBeUndefined();
  });
  it('splits lists, dedupes, and names each bad address', () => {
    const parsed = parseEmails('a@example.com; B@example.com,a@example.com\nsai-dia-chi');
    expect(parsed.value).toEqual(['a@example.com', 'b@example.com']);
    expect(parsed.problems).toEqual([
      { code: 'email.invalid', severity: 'error', params: { text: 'sai-dia-chi' } },
    ]);
  });
});

describe('text, ids and links', () => {
  it('normalises text to NFC with single spaces', () => {
    expect(parseText('  Tập\u00a0 huấn '.normalize('NFD')).value).toBe('Tập huấn');
    expect(parseText('   ').blank).toBe(true);
  });
  it('takes numbers as ids but refuses ids with spaces', () => {
    expect(parseId(12).value).toBe('12');
    expect(codes(parseId('HD 01'))).toEqual(['id.invalid']);
  });
  it('accepts web links and www. addresses', () => {
    expect(parseUrl('https://meet.google.com/abc-defg-hij').value).toBe(
      'https://meet.google.com/abc-defg-hij',
    );
    expect(parseUrl('www.mn2010.edu.vn').value).toBe('https://www.mn2010.edu.vn');
    expect(codes(parseUrl('javascript:alert(1)'))).toEqual(['url.invalid']);
    expect(codes(parseUrl('zoom họp sau'))).toEqual(['url.invalid']);
  });
});

describe('parseCell', () => {
  it('reports a blank required value', () => {
    expect(codes(parseCell(null, { type: 'text', required: true }))).toEqual(['value.required']);
    expect(codes(parseCell(' ', { type: 'datetime', required: true }))).toEqual(['value.required']);
    expect(parseCell(null, { type: 'text', required: false })).toEqual({ blank: true, problems: [] });
  });
});

describe('formatCell', () => {
  it('writes booleans as có/không, dates as dates, lists joined', () => {
    expect(formatCell(true, 'yesno')).toBe('có');
    expect(formatCell(false, 'yesno')).toBe('không');
    expect(formatCell(localDateTime(2021, 10, 5, 8), 'datetime')).toEqual(localDateTime(2021, 10, 5, 8));
    expect(formatCell(localDateTime(2021, 10, 5, 8), 'date')).toEqual(localDateTime(2021, 10, 5));
    expect(formatCell(['a@example.com', 'b@example.com'], 'emails')).toBe('a@example.com, b@example.com');
    expect(formatCell(undefined, 'text')).toBeNull();
  });

  it('parses back what it formats', () => {
    fc.assert(
      fc.property(fc.boolean(), (b) => {
        expect(parseYesNo(formatCell(b, 'yesno')).value).toBe(b);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (n) => {
        expect(parseNumber(formatCell(n, 'number')).value).toBe(n);
      }),
    );
  });
});
