import { describe, expect, it } from 'vitest';
import { cleanText, foldHeader, foldKey, looksLikeFormula } from '../../src/core/text';

describe('text', () => {
  it('cleans to NFC and collapses spaces, zero-width characters gone', () => {
    const nfd = 'Tuần lễ'.normalize('NFD');
    expect(cleanText(`  ${nfd}\u200B  học\u00A0tập `)).toBe('Tuần lễ học tập');
    expect(cleanText(nfd)).toBe('Tuần lễ'.normalize('NFC'));
  });

  it('folds case and diacritics, đ included', () => {
    expect(foldKey('Bắt đầu')).toBe('bat dau');
    expect(foldKey('  BẮT   ĐẦU ')).toBe('bat dau');
    expect(foldKey('Đối tượng'.normalize('NFD'))).toBe('doi tuong');
  });

  it('ignores a trailing hint in a header', () => {
    expect(foldHeader('Bắt đầu (dd/MM/yyyy HH:mm)')).toBe('bat dau');
    expect(foldHeader('Người phụ trách (email)')).toBe('nguoi phu trach');
  });

  it('sees the formula prefixes a sheet would evaluate', () => {
    for (const s of ['=1+1', '+cmd', '-1+2', '@SUM(A1)', '  =HYPERLINK("x")', '\t=1']) {
      expect(looksLikeFormula(s)).toBe(true);
    }
    for (const s of ['Hội thảo', '1+1', 'a=b', '']) expect(looksLikeFormula(s)).toBe(false);
  });
});
