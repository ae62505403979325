import { parseFormsTimestamp } from '../../core/forms/forms-csv';
import type { Answer, RawResponse } from '../../core/forms/types';

/**
 * `respond --json`: one response object or an array of them, as another tool would write it:
 * `{ "responseId"?: "…", "timestamp": "2021-10-05T08:03" | "05/10/2021 08:03",
 *    "email": "…", "answers": { "<question title>": "text" | ["choice", …] } }`.
 * Returns the responses, or one Vietnamese line saying what is wrong (nothing is recorded then).
 */
export function parseJsonResponses(text: string): RawResponse[] | string {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return 'Dữ liệu JSON không hợp lệ: hãy kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép.';
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) return 'Dữ liệu JSON không có phản hồi nào.';
  const responses: RawResponse[] = [];
  for (const [i, item] of items.entries()) {
    const where = Array.isArray(data) ? `Phản hồi thứ ${i + 1}` : 'Phản hồi';
    const read = readOne(item);
    if (typeof read === 'string') return `${where}: ${read}`;
    responses.push(read);
  }
  return responses;
}

function readOne(item: unknown): RawResponse | string {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return 'phải là một đối tượng {"timestamp", "email", "answers"}.';
  const o = item as Record<string, unknown>;
  if (typeof o.timestamp !== 'string') return 'thiếu "timestamp" (ví dụ "2021-10-05T08:03").';
  const timestamp = parseFormsTimestamp(o.timestamp, 'DMY');
  if (!timestamp)
    return `thời điểm "${o.timestamp}" không hợp lệ: hãy ghi dạng 2021-10-05T08:03 hoặc 05/10/2021 08:03.`;
  if (o.email !== undefined && typeof o.email !== 'string') return '"email" phải là chuỗi.';
  if (o.responseId !== undefined && (typeof o.responseId !== 'string' || o.responseId.trim() === ''))
    return '"responseId" phải là chuỗi khác rỗng.';
  if (typeof o.answers !== 'object' || o.answers === null || Array.isArray(o.answers))
    return 'thiếu "answers" (một đối tượng: tiêu đề câu hỏi → câu trả lời).';
  const answers: Record<string, Answer> = {};
  for (const [title, value] of Object.entries(o.answers as Record<string, unknown>)) {
    if (typeof value === 'string') answers[title] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      answers[title] = value as string[];
    else if (typeof value === 'number' || typeof value === 'boolean') answers[title] = String(value);
    else return `câu trả lời cho "${title}" phải là chuỗi hoặc danh sách chuỗi.`;
  }
  return {
    ...(typeof o.responseId === 'string' ? { responseId: o.responseId.trim() } : {}),
    timestamp,
    ...(typeof o.email === 'string' && o.email !== '' ? { email: o.email } : {}),
    answers,
  };
}
