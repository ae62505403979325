import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../src/core/cell';
import { parseJsonResponses } from '../../src/local/forms/json-responses';
import { textTable } from '../../src/local/runtime/text-table';

describe('respond --json input', () => {
  it('reads one object or an array, both timestamp forms, text and ticked choices', () => {
    const one = parseJsonResponses(
      JSON.stringify({
        timestamp: '05/10/2021 08:03',
        email: 'An@Example.com',
        answers: { 'Bạn muốn': 'Đăng ký tham dự' },
      }),
      'vi',
      { dateOrder: 'dmy' },
    );
    expect(one).toEqual([
      {
        timestamp: localDateTime(2021, 10, 5, 8, 3),
        email: 'An@Example.com',
        answers: { 'Bạn muốn': 'Đăng ký tham dự' },
      },
    ]);
    const many = parseJsonResponses(
      '\uFEFF' +
        JSON.stringify([
          { responseId: ' R-7 ', timestamp: '2021-10-01T07:30', answers: { Buổi: ['[HD06] A', '[HD10] B'] } },
        ]),
    );
    expect(many).toEqual([
      {
        responseId: 'R-7',
        timestamp: localDateTime(2021, 10, 1, 7, 30),
        answers: { Buổi: ['[HD06] A', '[HD10] B'] },
      },
    ]);
  });

  it('reads a text as a CSV would: the order from the data or the option, never guessed', () => {
    const at = (timestamp: string): string => JSON.stringify([{ timestamp, answers: {} }]);
    expect(parseJsonResponses(at('01/10/2021 08:10'))).toBe(
      'Không biết ngày ghi theo thứ tự nào: "01/10/2021 08:10" có thể là ngày 1 tháng 10 hoặc ngày 10 tháng 1. Hãy ghi dạng 2021-10-05T08:03 hoặc chạy lại với --date-order dmy|mdy; không ghi phản hồi nào.',
    );
    const both = JSON.stringify([
      { timestamp: '01/10/2021 08:10', answers: {} },
      { timestamp: '13/10/2021 08:10', answers: {} },
    ]);
    expect(parseJsonResponses(both)).toMatchObject([
      { timestamp: localDateTime(2021, 10, 1, 8, 10) },
      { timestamp: localDateTime(2021, 10, 13, 8, 10) },
    ]);
    expect(parseJsonResponses(at('10/1/2021 8:10:00'), 'vi', { dateOrder: 'mdy' })).toMatchObject([
      { timestamp: localDateTime(2021, 10, 1, 8, 10) },
    ]);
    expect(parseJsonResponses(at('2021/10/01 8:10:00 AM GMT+7'))).toMatchObject([
      { timestamp: localDateTime(2021, 10, 1, 8, 10) },
    ]);
  });

  it('says in Vietnamese which response is wrong and why', () => {
    expect(parseJsonResponses('[')).toMatch(/^Dữ liệu JSON không hợp lệ/);
    expect(parseJsonResponses('[]')).toBe('Dữ liệu JSON không có phản hồi nào.');
    const ok = { timestamp: '2021-10-01T07:30', answers: {} };
    expect(parseJsonResponses(JSON.stringify([ok, { ...ok, timestamp: '31/02/2021 08:00' }]))).toBe(
      'Phản hồi thứ 2: "31/02/2021 08:00" không phải một ngày có thật: hãy ghi dạng 2021-10-05T08:03 (hoặc 05/10/2021 08:03 với --date-order dmy).',
    );
    expect(parseJsonResponses(JSON.stringify({ timestamp: '2021-10-01' }))).toMatch(
      /^Phản hồi: thiếu "answers"/,
    );
    expect(parseJsonResponses(JSON.stringify({ ...ok, answers: { 'Họ và tên': { x: 1 } } }))).toBe(
      'Phản hồi: câu trả lời cho "Họ và tên" phải là chuỗi hoặc danh sách chuỗi.',
    );
    expect(parseJsonResponses('"xin chào"')).toMatch(/phải là một đối tượng/);
  });
});

describe('textTable', () => {
  it('lines up columns of Vietnamese text, decomposed or not', () => {
    const lines = textTable(
      ['Trạng thái', 'Số thư'],
      [
        ['hoãn do hạn mức', '28'],
        ['đã gửi'.normalize('NFD'), '10'],
      ],
    );
    const at = lines.map((l) => [...l.normalize('NFC')].findIndex((_, i, cs) => /\d/.test(cs[i]!)));
    expect(at[2]).toBe(at[3]);
    expect(lines[1]).toMatch(/^-+ {2}-+$/);
  });
});
