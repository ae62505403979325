import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_FIELDS,
  checkTemplate,
  fillPlaceholders,
  type CertificateField,
} from '../../../src/core/commendation/placeholders';

/** Text around placeholders: anything without braces (Vietnamese letters, punctuation, lines). */
const filler = fc.string({
  unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyÁỗự ,.:;\n-()'.split('')),
});

/** A known field as a principal might type it: other case, extra spaces inside the braces. */
const typed = (field: CertificateField) =>
  fc
    .tuple(fc.boolean(), fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' '))
    .map(([upper, before, after]) => `{{${before}${upper ? field.toUpperCase() : field}${after}}}`);

const template = fc
  .array(fc.tuple(filler, fc.constantFrom(...CERTIFICATE_FIELDS).chain(typed)), { maxLength: 8 })
  .map((parts) => `{{Họ tên}} {{Danh hiệu}}${parts.map(([f, p]) => f + p).join('')}`);

const values = Object.fromEntries(CERTIFICATE_FIELDS.map((f, i) => [f, `«${i}»`])) as Record<
  CertificateField,
  string
>;

describe('certificate placeholders', () => {
  it('accepts any template made of the known fields, and fills every one', () => {
    fc.assert(
      fc.property(template, (text) => {
        expect(checkTemplate(text).problems).toEqual([]);
        const filled = fillPlaceholders(text, values);
        expect(filled).not.toContain('{{');
        expect(filled).toContain('«0»');
      }),
      { numRuns: 300 },
    );
  });

  it('reports any other placeholder, once, and says which field a misspelling meant', () => {
    fc.assert(
      fc.property(
        template,
        filler,
        fc
          .string({ minLength: 1, maxLength: 12 })
          .filter(
            (s) =>
              !/[{}]/.test(s) && !CERTIFICATE_FIELDS.some((f) => f.toLowerCase() === s.trim().toLowerCase()),
          ),
        (text, around, tag) => {
          const check = checkTemplate(`${text}${around}{{${tag}}}${around}{{${tag}}}`);
          expect(check.problems.filter((p) => p.kind === 'unknown')).toHaveLength(1);
          expect(check.problems[0]).toMatchObject({ kind: 'unknown', tag });
        },
      ),
      { numRuns: 300 },
    );
    expect(checkTemplate('{{Ho ten}} {{Danh hiệu}}').problems).toEqual([
      { kind: 'unknown', tag: 'Ho ten', suggestion: 'Họ tên' },
      { kind: 'missing', field: 'Họ tên' },
    ]);
  });

  it('reports a brace left open and a template that names nobody', () => {
    expect(checkTemplate('Tặng {{Họ tên} về {{Danh hiệu}}').problems).toEqual([
      { kind: 'unclosed', near: '{{Họ tên} về' },
      { kind: 'missing', field: 'Họ tên' },
    ]);
    expect(checkTemplate('Tặng {{Họ tên').problems.map((p) => p.kind)).toEqual([
      'unclosed',
      'missing',
      'missing',
    ]);
    expect(checkTemplate('GIẤY KHEN').problems).toEqual([
      { kind: 'missing', field: 'Họ tên' },
      { kind: 'missing', field: 'Danh hiệu' },
    ]);
  });

  it('compares names in NFC: a decomposed "Họ tên" typed on a Mac is the same field', () => {
    expect(checkTemplate('{{Họ tên}} {{Danh hiệu}}'.normalize('NFD')).problems).toEqual([]);
  });
});
