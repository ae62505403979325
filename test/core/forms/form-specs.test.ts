import { describe, expect, it } from 'vitest';
import {
  buildFormSpecs,
  FULL_MARK,
  formSpecOf,
  parseSessionChoice,
  sessionChoiceLabel,
  splitJoinedChoices,
  PLEDGE_CHOICES,
} from '../../../src/core/forms';
import { ACTIVITIES, plan } from './plan-fixture';

const question = (formId: 'attendance' | 'training' | 'nomination', key: string, seats = {}) => {
  const spec = formSpecOf(buildFormSpecs(plan(), { seatsTaken: seats }), formId);
  const q = spec.questions.find((x) => x.key === key);
  if (!q) throw new Error(`no question ${key}`);
  return q;
};

describe('the four forms, generated from the plan', () => {
  it('has the opening, training, nomination and results forms in that order', () => {
    const specs = buildFormSpecs(plan());
    expect(specs.map((s) => s.id)).toEqual(['attendance', 'training', 'nomination', 'result']);
    expect(specs[0]!.title).toBe('Lễ khai mạc “Tuần lễ hưởng ứng học tập suốt đời năm 2021”');
    expect(specs[0]!.description).toContain('thứ Ba, 05/10/2021 lúc 08:00');
    expect(specs[0]!.description).toContain('ít nhất 50 % CB-GV-NV');
    for (const spec of specs) {
      expect(spec.collectsEmail).toBe(true);
      expect(spec.questions[0]).toMatchObject({ key: 'email', type: 'email', required: true });
      expect(spec.confirmation.length).toBeGreaterThan(20);
    }
  });

  it('offers the groups of ACTIVE staff, each once, plus "other"', () => {
    const group = question('attendance', 'group');
    expect(group.choices).toEqual(['Tổ Chồi', 'Tổ Lá', 'Tổ Mầm', 'Văn phòng']);
    expect(group.choices).not.toContain('Tổ Nghỉ hưu');
    expect(group.otherOption).toBe(true);
  });

  it('asks families their child\'s class on both forms families answer, from "Phụ huynh" in sheet order', () => {
    const families = ['Lá 1', 'Chồi 2', ' lá  1 ', undefined, 'Mầm 3'].map((className, i) => ({
      row: i + 2,
      id: `PH${i + 1}`,
      parentName: `Phụ huynh ${i + 1}`,
      ...(className === undefined ? {} : { className }),
    }));
    const specs = buildFormSpecs(plan({ families }));
    for (const formId of ['attendance', 'training'] as const) {
      const spec = formSpecOf(specs, formId);
      const q = spec.questions.find((x) => x.key === 'childClass')!;
      expect(q).toMatchObject({
        title: 'Lớp của con (phụ huynh)',
        type: 'multipleChoice',
        required: false,
        otherOption: true,
        help: 'Phụ huynh chọn lớp của con (hoặc ghi tên lớp); CB-GV-NV để trống.',
      });
      expect(q.choices).toEqual(['Lá 1', 'Chồi 2', 'Mầm 3']);
    }
    expect(formSpecOf(specs, 'nomination').questions.map((q) => q.key)).not.toContain('childClass');
    // No class in the tab yet: a parent types it.
    const bare = formSpecOf(buildFormSpecs(plan()), 'training').questions.find(
      (x) => x.key === 'childClass',
    )!;
    expect(bare).toMatchObject({ type: 'text', required: false });
  });

  it('asks register-or-check-in and where, naming the governing body hall', () => {
    expect(question('attendance', 'intent').choices).toEqual(['Đăng ký tham dự', 'Điểm danh có mặt']);
    expect(question('attendance', 'mode').choices).toEqual([
      'Tại Hội trường UBND Quận 1',
      'Tại điểm cầu của trường',
      'Trực tuyến tại nhà',
    ]);
  });

  it('lists sessions of training and talk activities with date, time, platform and seats left', () => {
    const sessions = question('training', 'sessions', { HD05: 1, HD06: 2 });
    expect(sessions.type).toBe('checkbox');
    expect(sessions.choices).toEqual([
      '[HD07] Kỹ năng khai thác thông tin trên mạng – thứ Hai, 04/10/2021, 08:00–11:00, Phòng họp nhà trường',
      '[HD05] Tập huấn an toàn Internet cho phụ huynh – thứ Ba, 05/10/2021, 14:00–16:00, Zoom – còn 2 chỗ',
      `[HD06] Nói chuyện: chuyển đổi số trong gia đình – thứ Tư, 06/10/2021, 19:30–21:00, Google Meet – ${FULL_MARK}`,
    ]);
    expect(FULL_MARK).toBe('đã đủ chỗ – vào danh sách chờ');
  });

  it('asks who you are and the longer courses pledged, with "other"', () => {
    expect(question('training', 'who').choices).toEqual(['CB-GV-NV', 'Phụ huynh', 'Người dân']);
    const pledges = question('training', 'pledges');
    expect(pledges.choices).toEqual([...PLEDGE_CHOICES]);
    expect(pledges.otherOption).toBe(true);
  });

  it('requires consent to share a nomination with the ward association, naming it', () => {
    const consent = question('nomination', 'consent');
    expect(consent.required).toBe(true);
    expect(consent.choices).toEqual([
      'Đồng ý chia sẻ đề cử này với Hội khuyến học Phường Nguyễn Cư Trinh',
      'Không đồng ý',
    ]);
    expect(question('nomination', 'achievements').type).toBe('paragraph');
    for (const key of ['name', 'relation', 'family', 'child', 'className', 'address']) {
      expect(question('nomination', key).required).toBe(true);
    }
    expect(question('nomination', 'evidence').required).toBe(false);
  });

  it('writes every text in NFC', () => {
    const json = JSON.stringify(buildFormSpecs(plan(), { seatsTaken: { HD05: 3 } }));
    expect(json).toBe(json.normalize('NFC'));
  });

  it('still builds forms without Settings, groups or sessions', () => {
    const specs = buildFormSpecs({ people: [], families: [], activities: [], outreach: [] });
    expect(specs).toHaveLength(4);
    expect(formSpecOf(specs, 'result').questions.find((q) => q.key === 'activity')!.type).toBe('text');
    expect(formSpecOf(specs, 'attendance').questions.find((q) => q.key === 'group')!.type).toBe('text');
    expect(formSpecOf(specs, 'training').questions.find((q) => q.key === 'sessions')!.type).toBe('paragraph');
  });
});

describe('session choices map back to activities by id', () => {
  const hd05 = ACTIVITIES.find((a) => a.id === 'HD05')!;

  it('whatever the seats left say', () => {
    for (const taken of [0, 1, 3, 10]) {
      expect(parseSessionChoice(sessionChoiceLabel(hd05, taken), ACTIVITIES)).toMatchObject({
        kind: 'session',
        activityId: 'HD05',
      });
    }
  });

  it('after the principal renamed or moved the activity', () => {
    const oldLabel = sessionChoiceLabel(hd05, 0);
    const renamed = ACTIVITIES.map((a) =>
      a.id === 'HD05' ? { ...a, title: 'An toàn trên mạng', capacity: 50 } : a,
    );
    expect(parseSessionChoice(oldLabel, renamed)).toMatchObject({ kind: 'session', activityId: 'HD05' });
  });

  it('reports a deleted activity as unknown and a cancelled one as cancelled', () => {
    const label = sessionChoiceLabel(hd05, 0);
    expect(
      parseSessionChoice(
        label,
        ACTIVITIES.filter((a) => a.id !== 'HD05'),
      ),
    ).toEqual({
      kind: 'unknown',
      label,
      activityId: 'HD05',
    });
    expect(parseSessionChoice('[HD08] Tập huấn K12Online', ACTIVITIES)).toMatchObject({ kind: 'cancelled' });
  });

  it('matches a label without id by its exact title only', () => {
    expect(parseSessionChoice('Kỹ năng khai thác thông tin trên mạng – thứ Hai', ACTIVITIES)).toMatchObject({
      activityId: 'HD07',
    });
    expect(parseSessionChoice('Tập huấn gì đó', ACTIVITIES)).toEqual({
      kind: 'unknown',
      label: 'Tập huấn gì đó',
    });
  });

  it('splits a Google export that joined labels containing commas', () => {
    const labels = [sessionChoiceLabel(hd05, 1), sessionChoiceLabel(ACTIVITIES[2]!, 2)];
    expect(splitJoinedChoices(labels.join(', '), labels)).toEqual(labels);
  });

  it('splits joined pledges and keeps the free "other" text whole', () => {
    expect(splitJoinedChoices('Tin học, Cao học, Học lái xe, nâng cao', PLEDGE_CHOICES)).toEqual([
      'Tin học',
      'Cao học',
      'Học lái xe, nâng cao',
    ]);
    expect(splitJoinedChoices('Học đàn, Tin học', PLEDGE_CHOICES)).toEqual(['Học đàn', 'Tin học']);
    expect(splitJoinedChoices('', PLEDGE_CHOICES)).toEqual([]);
  });
});
