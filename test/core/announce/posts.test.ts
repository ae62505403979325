import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schoolPosts } from '../../../src/core/announce/posts';
import { SETTINGS } from '../forms/plan-fixture';

const settings = {
  ...SETTINGS,
  formUrls: { attendance: 'https://forms.gle/att', nomination: 'https://forms.gle/de' },
};

describe("the school's Facebook post and website fragment, one per form", () => {
  it('asks, links and gives the deadline: before the week for the opening, by its end for nominations', () => {
    const posts = schoolPosts(settings);
    // the training form has no link yet: no post asks for it
    expect(posts.map((p) => p.form)).toEqual(['attendance', 'nomination']);
    const [opening, nomination] = posts;
    expect(opening!.facebook.split('\n')).toEqual([
      '📣 Tuần lễ hưởng ứng học tập suốt đời năm 2021',
      '',
      'Trường Mầm non 20/10 tổ chức Tuần lễ hưởng ứng học tập suốt đời (thứ Sáu, 01/10/2021 – thứ Năm, 07/10/2021), chủ đề "Chuyển đổi số để xây dựng thành công một xã hội học tập mới".',
      '',
      'Xin Quý phụ huynh / thầy cô xác nhận tham dự Lễ khai mạc:',
      '👉 Bấm vào đây: https://forms.gle/att',
      'Hạn: trước thứ Sáu, 01/10/2021.',
      '',
      '“Học ở trường, học ở sách vở, học lẫn nhau và học ở Nhân dân”',
      '#HocTapSuotDoi #TuanLeHocTapSuotDoi2021',
    ]);
    expect(nomination!.facebook).toContain('Hạn: trước thứ Năm, 07/10/2021.');
    expect(opening!.website).toContain(
      '<a href="https://forms.gle/att">Xin Quý phụ huynh / thầy cô xác nhận tham dự Lễ khai mạc</a>',
    );
  });

  it('in English when the plan is', () => {
    const [post] = schoolPosts({ ...settings, language: 'en' });
    expect(post!.facebook).toMatch(/^📣 Lifelong Learning Week 2021\n/);
    expect(post!.facebook).toContain('#LifelongLearningWeek2021');
  });

  it('whatever the school typed, the website fragment carries only its own tags and no unsafe link', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (school, theme, url) => {
        const posts = schoolPosts({ ...settings, school, theme, formUrls: { attendance: url } });
        for (const post of posts) {
          const rest = post.website.replace(/<\/?(?:h2|p|strong|br|em|a)\b[^<>]*>/g, '');
          expect(rest).not.toMatch(/[<>]/);
          expect(post.website).not.toMatch(/href="(?!https?:)/i);
        }
      }),
    );
  });
});
