import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanAnswerText,
  cleanEmail,
  contentHash,
  MAX_ANSWER_LENGTH,
  startsLikeFormula,
} from '../../../src/core/forms';

describe('cleaning one answer for a cell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Bấm vào")', `'=HYPERLINK("http://evil.example","Bấm vào")`],
    ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['-1+2', "'-1+2"],
    ['  \t=1+1', "'=1+1"],
    ['\u200B=IMPORTXML(A1)', "'=IMPORTXML(A1)"],
  ])('keeps %j as text', (input, expected) => {
    const cleaned = cleanAnswerText(input);
    expect(cleaned.text).toBe(expected);
    expect(cleaned.formulaNeutralised).toBe(true);
  });

  it('NFC-normalises Vietnamese typed in NFD', () => {
    const nfd = 'Nguyễn Thị Hồng'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hồng');
    expect(cleanAnswerText(nfd).text).toBe('Nguyễn Thị Hồng');
  });

  it('removes zero-width and right-to-left controls but keeps emoji, even joined ones', () => {
    const cleaned = cleanAnswerText('Tr\u200Bần\u202E Văn\u2066 An 🎉 👨\u200D👩\u200D👧');
    expect(cleaned.text).toBe('Trần Văn An 🎉 👨\u200D👩\u200D👧');
    expect(cleaned.invisibleRemoved).toBe(true);
  });

  it('keeps HTML as the text that was typed (mails escape it)', () => {
    expect(cleanAnswerText('<script>alert(1)</script><b>Lan</b>').text).toBe(
      '<script>alert(1)</script><b>Lan</b>',
    );
  });

  it('keeps line breaks in paragraphs only', () => {
    expect(cleanAnswerText('Dòng 1\r\n  Dòng 2\n\n\n\nDòng 3', true).text).toBe('Dòng 1\nDòng 2\n\nDòng 3');
    expect(cleanAnswerText('Dòng 1\r\nDòng 2').text).toBe('Dòng 1 Dòng 2');
  });

  it('cuts answers over 10,000 characters, never inside an emoji', () => {
    const long = 'a'.repeat(MAX_ANSWER_LENGTH - 2) + '😀😀😀';
    const cleaned = cleanAnswerText(long);
    expect(cleaned.truncated).toBe(true);
    expect(cleaned.text.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
    expect(cleaned.text.endsWith('…')).toBe(true);
    expect(cleaned.text).toBe(cleaned.text.normalize('NFC'));
    expect(() => encodeURIComponent(cleaned.text)).not.toThrow(); // no lone surrogate
    expect(cleanAnswerText('x'.repeat(MAX_ANSWER_LENGTH)).truncated).toBe(false);
  });

  it('is idempotent and never leaves a formula start (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        ' ',
        '\t',
        '\n',
        '\u200B',
        '\u202E',
        '\uFEFF',
        "'",
        'ễ',
        'e\u0302\u0303',
      ),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (value, multiline) => {
        const once = cleanAnswerText(value, multiline).text;
        expect(cleanAnswerText(once, multiline).text).toBe(once);
        expect(startsLikeFormula(once)).toBe(false);
        expect(once).toBe(once.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on long answers near the cap too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_ANSWER_LENGTH - 3, max: MAX_ANSWER_LENGTH + 3 }),
        fc.constantFrom('a', '=', '😀'),
        (n, head) => {
          const once = cleanAnswerText(head + 'b'.repeat(n)).text;
          expect(once.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
          expect(cleanAnswerText(once).text).toBe(once);
        },
      ),
    );
  });
});

describe('email addresses', () => {
  it('lower-cases and trims valid ones', () => {
    expect(cleanEmail('  Nguyen.Lan@MN2010.edu.VN ')).toEqual({
      email: 'nguyen.lan@mn2010.edu.vn',
      valid: true,
    });
    expect(cleanEmail('lan\u200B@gmail.com')).toEqual({ email: 'lan@gmail.com', valid: true });
  });

  it.each([
    'lan',
    'lan@',
    '@gmail.com',
    'lan@gmail',
    'lan@@gmail.com',
    'lan..a@gmail.com',
    'lan@gmail..com',
    '"lan"@gmail.com',
    'lan <lan@gmail.com>',
    'lân@gmail.com',
  ])('rejects %j', (value) => {
    expect(cleanEmail(value).valid).toBe(false);
  });

  it('shows an invalid formula-looking address as text', () => {
    expect(cleanEmail('=cmd@evil').email).toBe("'=cmd@evil");
  });
});

describe('content hash', () => {
  it('is stable, 16 hex digits, and tells near inputs apart', () => {
    expect(contentHash('abc')).toBe(contentHash('abc'));
    expect(contentHash('abc')).toMatch(/^[0-9a-f]{16}$/);
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(contentHash(`response ${i}`));
    expect(seen.size).toBe(5000);
  });
});
