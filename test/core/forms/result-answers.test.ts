import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import {
  buildFormSpecs,
  isWebLink,
  matchResultActivity,
  normaliseResponse,
  readCount,
  reasonText,
  startsLikeFormula,
} from '../../../src/core/forms';
import { normalisedRecord } from '../../../src/core/forms/response-rows';
import type { Activity, Plan } from '../../../src/core/plan';
import { SETTINGS } from './plan-fixture';

const activity = (id: string, title: string): Activity =>
  ({
    row: 2,
    id,
    title,
    category: 'tuyên truyền',
    timeConfirmed: true,
    invite: false,
    status: 'kế hoạch',
  }) as Activity;
const ACTIVITIES = [activity('HD01', 'Treo băng rôn'), activity('HD02', 'Đăng tin trên trang web')];
const PLAN: Plan = { settings: SETTINGS, people: [], families: [], activities: ACTIVITIES, outreach: [] };
const specs = buildFormSpecs(PLAN);
const context = { specs, activities: ACTIVITIES };

function normalise(answers: Record<string, string>) {
  return normaliseResponse(
    'result',
    { responseId: 'r', timestamp: localDateTime(2021, 10, 6, 9, 0), email: 'gv@mn2010.edu.vn', answers },
    context,
  );
}

describe('the results form', () => {
  it('lists every activity as "[id] title" and offers a prefilled link for each', () => {
    const spec = specs.find((s) => s.id === 'result')!;
    expect(spec.title).toBe('Báo cáo kết quả hoạt động – Tuần lễ hưởng ứng học tập suốt đời năm 2021');
    expect(spec.questions.find((q) => q.key === 'activity')!.choices).toEqual([
      '[HD01] Treo băng rôn',
      '[HD02] Đăng tin trên trang web',
    ]);
    expect(spec.prefill).toEqual({
      questionKey: 'activity',
      values: ['[HD01] Treo băng rôn', '[HD02] Đăng tin trên trang web'],
    });
  });

  it('reads the activity by its id, the outcome as a status word, counts, links and posts', () => {
    const r = normalise({
      'Hoạt động': '[HD02] a title edited since',
      'Kết quả thực hiện': 'Hoãn',
      'Số CB-GV-NV tham gia': '1.200',
      'Số trẻ tham gia': '30',
      'Liên kết minh chứng (album ảnh, bài đăng, video)':
        'https://a.example/x  https://a.example/x\nhttps://b.example',
      'Tin, bài tuyên truyền đã đăng':
        'Facebook: https://facebook.com/p/1\nhttps://youtu.be/v\nTrang trường – https://c.example/t',
    });
    expect(r.flagged).toBe(false);
    expect(r.result).toEqual({
      activityId: 'HD02',
      outcome: 'hoãn',
      counts: { staff: 1200, children: 30 },
      links: ['https://a.example/x', 'https://b.example'],
      posts: [
        { channel: 'Facebook', link: 'https://facebook.com/p/1' },
        { channel: 'YouTube', link: 'https://youtu.be/v' },
        { channel: 'Khác', link: 'https://c.example/t' },
      ],
    });
    expect(normalisedRecord(r)).toMatchObject({ activityId: 'HD02', staff: 1200, children: 30 });
  });

  it('flags an unknown activity, a count that is not a number, a link that is not http(s)', () => {
    const r = normalise({
      'Hoạt động': 'HD77',
      'Kết quả thực hiện': 'Đã thực hiện',
      'Số phụ huynh tham gia': 'khoảng 30',
      'Số người khác tham gia': '-4',
      'Liên kết minh chứng (album ảnh, bài đăng, video)': 'www.example.com/album',
      'Tin, bài tuyên truyền đã đăng': 'Zalo: nhóm lớp Lá',
    });
    expect(r.flagged).toBe(true);
    expect(r.result?.activityId).toBeUndefined();
    expect(r.problems.map((p) => reasonText(p))).toEqual([
      'Không có hoạt động "HD77" trong tab Hoạt động: kết quả được lưu nhưng chưa ghi vào hoạt động nào.',
      'Câu "Số phụ huynh tham gia": "khoảng 30" không phải một số người (cần ghi số, ví dụ 30); chưa tính vào báo cáo.',
      'Câu "Số người khác tham gia": "\'-4" không phải một số người (cần ghi số, ví dụ 30); chưa tính vào báo cáo.',
      '"www.example.com/album" không phải liên kết http:// hoặc https://: giữ lại nhưng không ghi làm minh chứng.',
      'Bài đăng "Zalo: nhóm lớp Lá" không có liên kết http:// hoặc https://: giữ lại nhưng không ghi vào tab Tuyên truyền.',
    ]);
    // Nothing lost: the cells keep what was typed.
    expect(normalisedRecord(r)).toMatchObject({ parents: 'khoảng 30', others: "'-4" });
  });

  it('matches an activity by "[id]", a bare id, or an exact title, and nothing else', () => {
    expect(matchResultActivity('[hd01] anything', ACTIVITIES)?.id).toBe('HD01');
    expect(matchResultActivity(' HD02 ', ACTIVITIES)?.id).toBe('HD02');
    expect(matchResultActivity('treo bang ron', ACTIVITIES)?.id).toBe('HD01');
    expect(matchResultActivity('HD03', ACTIVITIES)).toBeUndefined();
    expect(matchResultActivity('Treo', ACTIVITIES)).toBeUndefined();
  });

  it('reads a count only from digits: any other text is no count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        expect(readCount(String(n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const n = readCount(text);
        if (n !== undefined) {
          expect(/^[\d., ]+$/.test(text.trim())).toBe(true);
          expect(Number.isInteger(n) && n >= 0).toBe(true);
        }
      }),
    );
    expect(readCount('khoảng 30')).toBeUndefined();
    expect(readCount('-5')).toBeUndefined();
    expect(readCount('30 người')).toBeUndefined();
  });

  it('takes only http(s) links as evidence, and no cell starts like a formula (property)', () => {
    for (const bad of [
      'javascript:alert(1)',
      'ftp://x.org/a',
      'http://',
      '=HYPERLINK("http://x.y")',
      'data:text/html,<b>',
    ])
      expect(isWebLink(bad)).toBe(false);
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom('=1+1', '+1', '-1', '@x', '<script>x</script>', '=HYPERLINK("http://e.x","y")'),
    );
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        const r = normalise({
          'Hoạt động': a,
          'Kết quả thực hiện': 'Đã thực hiện',
          'Số trẻ tham gia': b,
          'Kết quả đạt được': c,
          'Liên kết minh chứng (album ảnh, bài đăng, video)': b,
          'Tin, bài tuyên truyền đã đăng': c,
        });
        for (const link of r.result?.links ?? []) expect(isWebLink(link)).toBe(true);
        for (const post of r.result?.posts ?? []) expect(isWebLink(post.link)).toBe(true);
        for (const cell of Object.values(normalisedRecord(r)))
          if (typeof cell === 'string') expect(startsLikeFormula(cell)).toBe(false);
      }),
    );
  });
});
