import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { unreadableRecord } from '../../../src/core/forms/unreadable-record';

const row = (answer: string) => ({
  formId: 'training' as const,
  row: 4,
  header: ['Timestamp', 'Email Address', 'Họ và tên'],
  fields: ['hôm qua', '=a@b.vn', answer],
  reason: 'Dòng 4: thời điểm gửi "hôm qua" không đọc được',
  email: '=a@b.vn',
});
const options = { receivedAt: localDateTime(2021, 10, 5, 8, 0), source: 'CSV – cần kiểm tra' };

describe('an unreadable row in the raw log', () => {
  it('keeps every field and the reason, flags its source, neutralises what a cell would evaluate', () => {
    const { responseId, record, overflow } = unreadableRecord(row('Lan'), options);
    expect(responseId).toMatch(/^U[0-9a-f]{16}$/);
    expect(overflow).toBe(false);
    expect(record).toMatchObject({ form: 'training', submittedAt: null, source: 'CSV – cần kiểm tra' });
    expect(record['email']).toBe("'=a@b.vn");
    expect(JSON.parse(String(record['content']))).toEqual({
      unreadable: 'Dòng 4: thời điểm gửi "hôm qua" không đọc được',
      row: 4,
      fields: { Timestamp: 'hôm qua', 'Email Address': '=a@b.vn', 'Họ và tên': 'Lan' },
    });
    // The same row again is the same id: a second import does not add it twice.
    expect(unreadableRecord(row('Lan'), options).responseId).toBe(responseId);
    expect(unreadableRecord(row('Lân'), options).responseId).not.toBe(responseId);
  });

  it('splits a long row into pieces below the cell limit that join back to the whole', () => {
    const long = 'ễ'.repeat(70_000);
    const { record, overflow } = unreadableRecord(row(long), { ...options, cellLimit: 32_767 });
    expect(overflow).toBe(false);
    const pieces = ['content', 'content2', 'content3', 'content4'].map((k) => String(record[k] ?? ''));
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(32_767);
    const json = pieces.map((p, i) => (i > 0 ? p.replace(/^↪/, '') : p)).join('');
    expect(JSON.parse(json).fields['Họ và tên']).toBe(long);
  });
});
