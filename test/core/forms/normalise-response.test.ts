import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import {
  buildFormSpecs,
  formSpecOf,
  latestPerPerson,
  normaliseResponse,
  reasonText,
  sessionChoiceLabel,
  startsLikeFormula,
  toRawResponse,
  type FormId,
  type NormaliseContext,
  type RawResponse,
} from '../../../src/core/forms';
import { ACTIVITIES, plan } from './plan-fixture';

const specs = buildFormSpecs(plan());
const context: NormaliseContext = { specs, activities: ACTIVITIES };
const at = (day: number, hour: number, minute = 0) => localDateTime(2021, 10, day, hour, minute);

const attendance = (answers: Record<string, string>, extra: Partial<RawResponse> = {}): RawResponse => ({
  timestamp: at(5, 8, 3),
  email: 'gv1@mn2010.edu.vn',
  answers: {
    'Họ và tên': 'Giáo viên 1',
    'Tổ/nhóm': 'Tổ Lá',
    'Bạn muốn': 'Điểm danh có mặt',
    'Hình thức tham dự': 'Trực tuyến tại nhà',
    ...answers,
  },
  ...extra,
});

const codes = (r: { problems: readonly { code: string }[] }) => r.problems.map((p) => p.code);

describe('normalising a response', () => {
  it('gives a clean row keyed by question, with a derived stable id', () => {
    const r = normaliseResponse('attendance', attendance({}), context);
    expect(r.flagged).toBe(false);
    expect(r.problems).toEqual([]);
    expect(r.answers).toEqual({
      name: 'Giáo viên 1',
      group: 'Tổ Lá',
      intent: 'Điểm danh có mặt',
      mode: 'Trực tuyến tại nhà',
      childClass: '',
    });
    expect(r.responseId).toMatch(/^R[0-9a-f]{16}$/);
    expect(normaliseResponse('attendance', attendance({}), context).responseId).toBe(r.responseId);
  });

  it('gives the same id to the same response typed in NFD, and another id to another answer', () => {
    const nfc = normaliseResponse('attendance', attendance({ 'Họ và tên': 'Nguyễn Thị Hồng' }), context);
    const nfdAnswers = Object.fromEntries(
      Object.entries(attendance({ 'Họ và tên': 'Nguyễn Thị Hồng' }).answers).map(([k, v]) => [
        k.normalize('NFD'),
        (v as string).normalize('NFD'),
      ]),
    );
    const nfd = normaliseResponse('attendance', { ...attendance({}), answers: nfdAnswers }, context);
    expect(nfd.answers['name']).toBe('Nguyễn Thị Hồng');
    expect(nfd.responseId).toBe(nfc.responseId);
    const other = normaliseResponse(
      'attendance',
      attendance({ 'Họ và tên': 'Nguyễn Thị Hồng Nhung' }),
      context,
    );
    expect(other.responseId).not.toBe(nfc.responseId);
  });

  it('keeps the source id when there is one', () => {
    expect(
      normaliseResponse('attendance', attendance({}, { responseId: '2_ABaOnud' }), context).responseId,
    ).toBe('2_ABaOnud');
  });

  it('matches choices whatever the case and diacritics, and writes them as the form does', () => {
    const r = normaliseResponse('attendance', attendance({ 'Bạn muốn': 'dang ky THAM DU' }), context);
    expect(r.answers['intent']).toBe('Đăng ký tham dự');
    expect(r.flagged).toBe(false);
  });

  it('flags an unknown choice, an empty required answer and a bad email, in Vietnamese', () => {
    const r = normaliseResponse(
      'attendance',
      attendance({ 'Bạn muốn': 'Ngủ nướng', 'Họ và tên': '   ' }, { email: 'gv1(at)mn2010' }),
      context,
    );
    expect(codes(r).sort()).toEqual(['choice.unknown', 'email.invalid', 'required.missing']);
    expect(r.problems.map((p) => reasonText(p))).toContain('Thiếu câu trả lời bắt buộc: "Họ và tên".');
    expect(r.flagged).toBe(true);
  });

  it('accepts free text for a group not in the list ("other")', () => {
    expect(normaliseResponse('attendance', attendance({ 'Tổ/nhóm': 'Tổ Bếp' }), context).flagged).toBe(false);
  });

  it('takes the email from an "Email" answer when none was collected', () => {
    const raw = attendance({ Email: 'GV2@MN2010.EDU.VN' }, { email: undefined });
    const r = normaliseResponse('attendance', { ...raw, email: '' }, context);
    expect(r.email).toBe('gv2@mn2010.edu.vn');
    expect(r.emailValid).toBe(true);
  });

  it('flags a response that came after its form closed', () => {
    const closed = { ...context, closedAt: { attendance: at(5, 12) } };
    expect(codes(normaliseResponse('attendance', attendance({}, { timestamp: at(5, 12) }), closed))).toEqual([
      'form.closed',
    ]);
    expect(
      normaliseResponse('attendance', attendance({}, { timestamp: at(5, 11, 59) }), closed).flagged,
    ).toBe(false);
  });

  it('maps ticked sessions to activity ids, splitting an export-joined answer', () => {
    const labels = [sessionChoiceLabel(ACTIVITIES[1]!, 0), sessionChoiceLabel(ACTIVITIES[2]!, 2)];
    const r = normaliseResponse(
      'training',
      {
        timestamp: at(2, 9),
        email: 'ph1@gmail.com',
        answers: {
          'Họ và tên': 'Phụ huynh 1',
          'Bạn là': 'Phụ huynh',
          'Buổi tập huấn / nói chuyện muốn tham gia': labels.join(', '),
          'Khóa học dài hạn bạn đăng ký theo học trong năm': 'Tin học, Ngoại ngữ',
        },
      },
      context,
    );
    expect(r.sessionIds).toEqual(['HD05', 'HD06']);
    expect(r.answers['pledges']).toEqual(['Tin học', 'Ngoại ngữ']);
    expect(r.flagged).toBe(false);
  });

  it('flags a session that no longer exists, but keeps the others', () => {
    const r = normaliseResponse(
      'training',
      {
        timestamp: at(2, 9),
        email: 'ph1@gmail.com',
        answers: {
          'Họ và tên': 'Phụ huynh 1',
          'Bạn là': 'Phụ huynh',
          'Buổi tập huấn / nói chuyện muốn tham gia': ['[HD99] Buổi đã xóa – còn 3 chỗ', '[HD07] Kỹ năng'],
        },
      },
      context,
    );
    expect(r.sessionIds).toEqual(['HD07']);
    expect(codes(r)).toEqual(['session.unknown']);
    expect(reasonText(r.problems[0]!)).toContain('không còn trong danh sách hoạt động');
  });

  it('records consent only for an explicit yes', () => {
    const nomination = (consent: string) =>
      normaliseResponse(
        'nomination',
        {
          timestamp: at(6, 20),
          email: 'gv5@mn2010.edu.vn',
          answers: {
            'Họ và tên người đề cử': 'Giáo viên 5',
            'Quan hệ với gia đình được đề cử': 'Giáo viên',
            'Họ tên người đại diện gia đình': 'Trần Văn Bình',
            'Họ tên trẻ': 'Trần Bảo An',
            Lớp: 'Lá 2',
            'Địa chỉ (trong phường)': '12 Nguyễn Cư Trinh',
            'Thành tích, tấm gương học tập của gia đình': 'Cả nhà cùng đọc sách mỗi tối.',
            'Đồng ý chia sẻ với Hội khuyến học phường': consent,
          },
        },
        context,
      );
    expect(nomination('Đồng ý chia sẻ đề cử này với Hội khuyến học Phường Nguyễn Cư Trinh').consent).toBe(
      true,
    );
    const no = nomination('Không đồng ý');
    expect(no.consent).toBe(false);
    expect(codes(no)).toEqual(['nomination.noConsent']);
    expect(codes(nomination('')).sort()).toEqual(['nomination.noConsent', 'required.missing']);
  });

  it('notes an answer to a question the form does not have, and flags an empty response', () => {
    const r = normaliseResponse('attendance', attendance({ 'Câu lạ': 'x' }), context);
    expect(r.notes.map((n) => n.code)).toEqual(['answer.unknownQuestion']);
    expect(r.flagged).toBe(false);
    expect(codes(normaliseResponse('attendance', { timestamp: at(5, 8), answers: {} }, context))).toContain(
      'response.noAnswers',
    );
  });
});

describe('normalisation properties', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(
      '=1+1',
      '+cmd',
      '-2',
      '@x',
      'Nguye\u0302\u0303n',
      '\u200B',
      '\u202Eabc',
      'Tổ Lá',
      'Đăng ký tham dự',
    ),
  );
  const answers = fc.record({
    'Họ và tên': hostile,
    'Tổ/nhóm': hostile,
    'Bạn muốn': hostile,
    'Hình thức tham dự': hostile,
  });
  const trainingAnswers = fc.record({
    'Họ và tên': hostile,
    'Bạn là': hostile,
    'Buổi tập huấn / nói chuyện muốn tham gia': fc.array(
      fc.oneof(hostile, fc.constantFrom('[HD05] x', '[HD99] y')),
    ),
    'Khóa học dài hạn bạn đăng ký theo học trong năm': fc.array(hostile, { maxLength: 3 }),
  });
  const anyResponse = fc.oneof(
    fc.tuple(fc.constant<FormId>('attendance'), answers),
    fc.tuple(fc.constant<FormId>('training'), trainingAnswers),
  );

  it('is idempotent: normalising a normalised response changes nothing', () => {
    fc.assert(
      fc.property(anyResponse, hostile, ([formId, a], email) => {
        const once = normaliseResponse(formId, { timestamp: at(5, 8), email, answers: a }, context);
        const twice = normaliseResponse(formId, toRawResponse(formSpecOf(specs, formId), once), context);
        expect(twice.answers).toEqual(once.answers);
        expect(twice.email).toBe(once.email);
        expect(twice.sessionIds).toEqual(once.sessionIds);
        expect(twice.responseId).toBe(once.responseId);
        const { responseId: _id, ...withoutId } = toRawResponse(formSpecOf(specs, formId), once);
        expect(normaliseResponse(formId, withoutId, context).responseId).toBe(
          normaliseResponse(formId, { ...withoutId, responseId: undefined }, context).responseId,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves an answer starting with = + - @', () => {
    fc.assert(
      fc.property(anyResponse, ([formId, a]) => {
        const r = normaliseResponse(formId, { timestamp: at(5, 8), answers: a }, context);
        for (const value of Object.values(r.answers)) {
          for (const text of typeof value === 'string' ? [value] : value)
            expect(startsLikeFormula(text)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('one row per person per form', () => {
  const r = (minute: number, name: string, id?: string, email = 'GV1@mn2010.edu.vn') =>
    normaliseResponse(
      'attendance',
      attendance(
        { 'Họ và tên': name },
        { timestamp: at(5, 8, minute), email, ...(id ? { responseId: id } : {}) },
      ),
      context,
    );

  it('keeps the latest response of each email; earlier ones are superseded, repeats are duplicates', () => {
    const first = r(1, 'Lần 1', 'a');
    const second = r(5, 'Lần 2', 'b');
    const late = r(3, 'Đến muộn', 'c'); // delivered last but sent earlier
    const other = r(2, 'Người khác', 'd', 'gv2@mn2010.edu.vn');
    const result = latestPerPerson([first, second, first, other, late, second]);
    expect(result.rows.map((x) => x.answers['name'])).toEqual(['Lần 2', 'Người khác']);
    expect(result.superseded.map((x) => x.responseId)).toEqual(['a', 'c']);
    expect(result.duplicates.map((x) => x.responseId)).toEqual(['a', 'b']);
  });

  it('lets the later delivery win within the same minute, and keeps responses without email apart', () => {
    const result = latestPerPerson([
      r(1, 'A', 'a'),
      r(1, 'B', 'b'),
      r(1, 'X', 'x', ''),
      r(1, 'Y', 'y', 'sai'),
    ]);
    expect(result.rows.map((x) => x.answers['name'])).toEqual(['B', 'X', 'Y']);
  });
});

describe("a family's class", () => {
  const families = [
    { row: 2, id: 'PH1', parentName: 'Trần Văn An', email: 'An.Tran@Gmail.com', className: 'Lá 1' },
    { row: 3, id: 'PH2', parentName: 'Lê Thị Bình', email: 'binh@gmail.com', className: 'Chồi 2' },
    { row: 4, id: 'PH3', parentName: 'Lê Thị Bình', email: 'binh@gmail.com', className: 'Mầm 3' },
  ];
  const withFamilies = buildFormSpecs(plan({ families }));
  const ctx: NormaliseContext = { specs: withFamilies, activities: ACTIVITIES, families };
  const parent = (email: string, answers: Record<string, string> = {}): RawResponse =>
    attendance({ 'Tổ/nhóm': 'Phụ huynh', ...answers }, { email });

  it('is the class chosen, read tolerantly, or the class typed under "other"', () => {
    const chosen = normaliseResponse(
      'attendance',
      parent('x@gmail.com', { 'Lớp của con (phụ huynh)': 'la 1' }),
      ctx,
    );
    expect(chosen.answers['childClass']).toBe('Lá 1');
    expect(chosen.flagged).toBe(false);
    const typed = normaliseResponse(
      'attendance',
      parent('x@gmail.com', { 'Lớp của con (phụ huynh)': 'Lá 9' }),
      ctx,
    );
    expect(typed.answers['childClass']).toBe('Lá 9');
    expect(typed.flagged).toBe(false);
  });

  it('left blank, is the class "Phụ huynh" lists for the address, and the cleaning column says so', () => {
    const r = normaliseResponse('attendance', parent('an.tran@gmail.com'), ctx);
    expect(r.answers['childClass']).toBe('Lá 1');
    expect(r.notes.map((n) => reasonText(n))).toEqual([
      'Lớp để trống: đã lấy lớp "Lá 1" của gia đình có cùng email trong tab "Phụ huynh".',
    ]);
    // The id is the one the response had before the class was filled in (and before families).
    const before = normaliseResponse('attendance', parent('an.tran@gmail.com'), { ...ctx, families: [] });
    expect(before.answers['childClass']).toBe('');
    expect(r.responseId).toBe(before.responseId);
  });

  it('is not guessed for a parent listed in two classes, nor for staff', () => {
    expect(normaliseResponse('attendance', parent('binh@gmail.com'), ctx).answers['childClass']).toBe('');
    expect(normaliseResponse('attendance', attendance({}), ctx).answers['childClass']).toBe('');
  });
});
