import type { Language } from '../plan';

/**
 * Why a response was flagged (a *problem*: the row is kept but marked for the organiser and not
 * counted) or what was changed while cleaning it (a *note*: the row is clean). Codes are stable
 * for tests and tools; the text is rendered from the catalogue.
 */
export const PROBLEM_CODES = [
  'required.missing',
  'email.missing',
  'email.invalid',
  'choice.unknown',
  'session.unknown',
  'session.cancelled',
  'form.closed',
  'nomination.noConsent',
  'response.noAnswers',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const NOTE_CODES = [
  'text.formulaNeutralised',
  'text.truncated',
  'text.invisibleRemoved',
  'answer.unknownQuestion',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export type ReasonCode = ProblemCode | NoteCode;

export interface Reason {
  readonly code: ReasonCode;
  /** Question title, offending value, … as the message needs. */
  readonly params: Readonly<Record<string, string | number>>;
}

type Catalogue = Record<ReasonCode, (p: Reason['params']) => string>;

const VI: Catalogue = {
  'required.missing': (p) => `Thiếu câu trả lời bắt buộc: "${p.question}".`,
  'email.missing': () => 'Thiếu địa chỉ email.',
  'email.invalid': (p) => `Địa chỉ email không hợp lệ: "${p.value}".`,
  'choice.unknown': (p) => `Lựa chọn "${p.value}" không có trong câu "${p.question}".`,
  'session.unknown': (p) =>
    `Buổi "${p.value}" không còn trong danh sách hoạt động (có thể đã đổi tên hoặc bị xóa).`,
  'session.cancelled': (p) => `Buổi ${p.id} "${p.title}" đã bị hủy.`,
  'form.closed': (p) => `Biểu mẫu đã đóng từ ${p.closedAt}; phản hồi gửi sau thời điểm đó.`,
  'nomination.noConsent': () =>
    'Người đề cử chưa đồng ý chia sẻ với Hội khuyến học phường: lưu lại nhưng không gửi đi.',
  'response.noAnswers': () => 'Phản hồi không có câu trả lời nào.',
  'text.formulaNeutralised': (p) =>
    `Câu "${p.question}" bắt đầu bằng ký tự công thức (= + - @): đã thêm dấu ' để giữ nguyên là chữ.`,
  'text.truncated': (p) => `Câu "${p.question}" dài hơn ${p.max} ký tự: ô chỉ giữ phần đầu, bản gốc giữ đủ.`,
  'text.invisibleRemoved': (p) => `Câu "${p.question}" có ký tự ẩn (zero-width, đảo chiều): đã bỏ.`,
  'answer.unknownQuestion': (p) => `Câu "${p.question}" không có trong biểu mẫu: chỉ lưu ở bản gốc.`,
};

const EN: Catalogue = {
  'required.missing': (p) => `Required answer missing: "${p.question}".`,
  'email.missing': () => 'Email address missing.',
  'email.invalid': (p) => `Invalid email address: "${p.value}".`,
  'choice.unknown': (p) => `"${p.value}" is not a choice of "${p.question}".`,
  'session.unknown': (p) => `Session "${p.value}" is no longer in the activities (renamed or deleted?).`,
  'session.cancelled': (p) => `Session ${p.id} "${p.title}" was cancelled.`,
  'form.closed': (p) => `The form closed at ${p.closedAt}; this response came later.`,
  'nomination.noConsent': () => 'No consent to share with the ward association: kept, never sent.',
  'response.noAnswers': () => 'The response has no answers.',
  'text.formulaNeutralised': (p) =>
    `"${p.question}" started with a formula character: kept as text with a '.`,
  'text.truncated': (p) => `"${p.question}" is longer than ${p.max} characters: the cell keeps the start.`,
  'text.invisibleRemoved': (p) => `"${p.question}" had invisible characters: removed.`,
  'answer.unknownQuestion': (p) =>
    `"${p.question}" is not a question of the form: kept in the raw copy only.`,
};

export function reasonText(reason: Reason, lang: Language = 'vi'): string {
  return (lang === 'vi' ? VI : EN)[reason.code](reason.params);
}

export function isProblem(code: ReasonCode): code is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(code);
}
