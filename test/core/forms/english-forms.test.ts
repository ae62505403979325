import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import {
  buildFormSpecs,
  confirmationDetails,
  formSpecOf,
  INTENT_PRESENT,
  normalisedRecord,
  normaliseResponse,
  placementText,
  reasonText,
  type FormSpec,
} from '../../../src/core/forms';
import { plan, SETTINGS } from './plan-fixture';

/** Letters only Vietnamese uses. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

const english = plan({ settings: { ...SETTINGS, language: 'en' } });
const enSpecs = buildFormSpecs(english);
const viSpecs = buildFormSpecs(plan());
const at = localDateTime(2021, 10, 2, 9, 30);

/** The product's own texts of a spec: everything but the school's data (groups, session labels). */
function productTexts(spec: FormSpec): string[] {
  const out = [spec.title, spec.description, spec.confirmation];
  for (const q of spec.questions) {
    out.push(q.title, q.help ?? '');
    if (q.values) out.push(...(q.choices ?? []));
  }
  return out.map((t) =>
    t
      .replaceAll(SETTINGS.governingBody!, '')
      .replaceAll(SETTINGS.wardAssociation!, '')
      .replace(/thứ \S+/u, ''),
  );
}

describe('the forms of an English plan', () => {
  it('are in English: titles, descriptions, questions, help texts and product choices', () => {
    for (const spec of enSpecs) {
      const left = productTexts(spec).filter((t) => VIETNAMESE.test(t));
      expect(left, spec.id).toEqual([]);
    }
    const attendance = formSpecOf(enSpecs, 'attendance');
    expect(attendance.title).toBe('Opening ceremony of the “Lifelong Learning Week 2021”');
    const intent = attendance.questions.find((q) => q.key === 'intent')!;
    expect(intent.choices).toEqual(['Sign up to attend', 'Check in (I am here)']);
    expect(intent.values).toEqual(['Đăng ký tham dự', 'Điểm danh có mặt']);
    const sessions = formSpecOf(enSpecs, 'training').questions.find((q) => q.key === 'sessions')!;
    expect(sessions.choices?.some((c) => c.endsWith('seats left'))).toBe(true);
  });

  it('keep the Vietnamese forms exactly as they are', () => {
    for (const spec of viSpecs) for (const q of spec.questions) expect(q.values ?? q.aliases).toBeUndefined();
  });

  it('normalise English answers to the same canonical values as Vietnamese ones', () => {
    const context = (specs: FormSpec[]) => ({ specs, activities: english.activities });
    const en = normaliseResponse(
      'training',
      {
        timestamp: at,
        email: 'gv1@mn2010.edu.vn',
        answers: {
          'Full name': 'Giáo viên 1',
          'I am': 'School staff',
          'Longer courses I sign up for this year': 'Computer skills, Foreign languages, Học đàn',
          'Training sessions / talks I want to attend': ['[HD05] whatever the label says'],
        },
      },
      context(enSpecs),
    );
    const vi = normaliseResponse(
      'training',
      {
        timestamp: at,
        email: 'gv1@mn2010.edu.vn',
        answers: {
          'Họ và tên': 'Giáo viên 1',
          'Bạn là': 'CB-GV-NV',
          'Khóa học dài hạn bạn đăng ký theo học trong năm': 'Tin học, Ngoại ngữ, Học đàn',
          'Buổi tập huấn / nói chuyện muốn tham gia': ['[HD05] whatever the label says'],
        },
      },
      context(viSpecs),
    );
    expect(en.problems).toEqual([]);
    expect(en.answers['who']).toBe(vi.answers['who']);
    expect(en.answers['pledges']).toEqual(vi.answers['pledges']);
    expect(en.sessionIds).toEqual(vi.sessionIds);
    // A response keyed by the Vietnamese titles (sent before the language changed) reads the same.
    const old = normaliseResponse(
      'training',
      {
        timestamp: at,
        email: 'gv1@mn2010.edu.vn',
        answers: { 'Họ và tên': 'Giáo viên 1', 'Bạn là': 'CB-GV-NV' },
      },
      context(enSpecs),
    );
    expect(old.answers['who']).toBe('CB-GV-NV');
    expect(old.problems).toEqual([]);
  });

  it('read the English consent and check-in, and write rows in English', () => {
    const context = { specs: enSpecs, activities: english.activities };
    const nomination = formSpecOf(enSpecs, 'nomination');
    const consent = nomination.questions.find((q) => q.key === 'consent')!;
    const answers = (yes: boolean): Record<string, string> => ({
      'Your full name (nominator)': 'Trần Văn B',
      'Your relation to the nominated family': 'Teacher',
      "Full name of the family's representative": 'Nguyễn Thị C',
      "Child's full name": 'Bé D',
      Class: 'Lá 1',
      'Address (in the ward)': '12 Trần Hưng Đạo',
      "The family's achievements and example in learning": 'Reads every night.',
      [consent.title]: yes ? consent.choices![0]! : consent.choices![1]!,
    });
    const yes = normaliseResponse(
      'nomination',
      { timestamp: at, email: 'b@x.vn', answers: answers(true) },
      context,
    );
    expect(yes.consent).toBe(true);
    expect(yes.answers['relation']).toBe('Giáo viên');
    const no = normaliseResponse(
      'nomination',
      { timestamp: at, email: 'b@x.vn', answers: answers(false) },
      context,
    );
    expect(no.consent).toBe(false);
    expect(reasonText(no.problems[0]!, 'en')).toBe(
      'No consent to share with the ward association: kept, never sent.',
    );

    const checkIn = normaliseResponse(
      'attendance',
      {
        timestamp: at,
        email: 'gv2@mn2010.edu.vn',
        answers: {
          'Full name': 'Giáo viên 2',
          Group: 'Tổ Lá',
          'I want to': 'check in (i am here)',
          'How I attend': "At the school's video link",
        },
      },
      context,
    );
    expect(checkIn.answers['intent']).toBe(INTENT_PRESENT);
    const spec = formSpecOf(enSpecs, 'attendance');
    const record = normalisedRecord(checkIn, { language: 'en', spec });
    expect(record['intent']).toBe('Check in (I am here)');
    expect(record['mode']).toBe("At the school's video link");
    expect(confirmationDetails(spec, checkIn, [{ sessionId: 'HD05', state: 'seated' }], 'en')).toContainEqual(
      ['Seat HD05', 'you have a seat'],
    );
    expect(placementText([{ sessionId: 'HD07', state: 'waitlisted', position: 2 }], 'en')).toBe(
      'HD07: waiting no. 2',
    );
  });
});
