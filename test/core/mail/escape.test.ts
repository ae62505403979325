import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { html, oneLine, plain } from '../../../src/core/mail/escape';

// What a mail must show for any text a person typed: decomposed Vietnamese composed, control
// characters gone, CR/CRLF as one line break, and nothing a browser would read as markup.
const typed = fc.string({
  unit: fc.constantFrom(
    'a',
    'ệ',
    'e\u0302\u0323',
    ' ',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '\u0000',
    '\u000B',
    '\u001F',
    '\u007F',
    '&',
    '<',
    '>',
    '"',
    "'",
    '=',
    '1',
  ),
  maxLength: 40,
});

// eslint-disable-next-line no-control-regex
const CONTROLS_AND_BREAKS = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

describe('escaping user text for a mail', () => {
  it('plain: NFC, no control characters, every line break a bare \\n', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const out = plain(text);
        expect(out).toBe(out.normalize('NFC'));
        // eslint-disable-next-line no-control-regex
        expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
        // Every letter and symbol typed is still there, in order.
        const kept = text.normalize('NFC').replace(CONTROLS_AND_BREAKS, '');
        expect(out.replace(/\n/g, '')).toBe(kept);
      }),
    );
  });

  it('html: the text a browser shows back is the plain text, with no tag or attribute break-out', () => {
    const decode = (s: string) =>
      s.replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
      );
    fc.assert(
      fc.property(typed, (text) => {
        const out = html(text);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(decode(out)).toBe(plain(text));
      }),
    );
  });

  it('oneLine: one line, every run of spaces (breaks, tabs, no-break and odd spaces) one space, none at the ends', () => {
    const spaced = fc.string({
      unit: fc.constantFrom(
        'a',
        'ệ',
        ' ',
        '  ',
        '\t',
        '\n',
        '\r\n',
        '\u00A0',
        '\u2003',
        '\uFEFF',
        '\u3000',
        'x',
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(spaced, (text) => {
        expect(oneLine(text)).toBe(plain(text).split(/\s+/).filter(Boolean).join(' '));
      }),
    );
  });

  it('keeps a clean name exactly as typed', () => {
    expect(plain('Nguyễn Thị Hồng')).toBe('Nguyễn Thị Hồng');
    expect(html('Nguyễn Thị Hồng')).toBe('Nguyễn Thị Hồng');
    expect(html('<b>"A" & \'B\'</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
    expect(oneLine(' Lớp\r\nLá 1\t ')).toBe('Lớp Lá 1');
  });
});
