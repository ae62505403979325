import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dashboardPayload,
  renderDashboardHtml,
  renderDashboardSidebar,
} from '../../../src/core/dashboard/render-dashboard';
import { weekPhase } from '../../../src/core/dashboard/week-countdown';
import { sampleModel } from './sample-model';

const WEEK = { start: '2021-10-01T00:00', end: '2021-10-07T00:00' };

describe('the countdown', () => {
  it('counts days and hours before the week, rounding up to the hour', () => {
    expect(weekPhase('2021-09-28T10:00', WEEK)).toEqual({ phase: 'before', days: 2, hours: 14 });
    expect(weekPhase('2021-09-30T23:59', WEEK)).toEqual({ phase: 'before', days: 0, hours: 1 });
  });

  it('is under way from the first day’s midnight to the end of the last day, ended after', () => {
    expect(weekPhase('2021-10-01T00:00', WEEK)).toEqual({ phase: 'during' });
    expect(weekPhase('2021-10-07T23:59', WEEK)).toEqual({ phase: 'during' });
    expect(weekPhase('2021-10-08T00:00', WEEK)).toEqual({ phase: 'after' });
  });

  it('reads as the principal expects in each phase', () => {
    expect(renderDashboardHtml(sampleModel(undefined, '2021-09-28T10:00'), 'vi')).toContain(
      'Còn 2 ngày 14 giờ đến tuần lễ',
    );
    expect(renderDashboardHtml(sampleModel(undefined, '2021-10-05T08:00'), 'vi')).toContain(
      'Tuần lễ đang diễn ra',
    );
    expect(renderDashboardHtml(sampleModel(undefined, '2021-10-09T08:00'), 'vi')).toContain(
      'Tuần lễ đã kết thúc',
    );
    expect(renderDashboardHtml(sampleModel(undefined, '2021-10-05T08:00'), 'vi')).toContain(
      'Số liệu lúc thứ Ba, 05/10/2021 08:00',
    );
  });
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='x",
  '</style><style>body{display:none}',
  'javascript:alert(1)',
  '&amp;&lt;',
  '\u0000\u0007',
  'Nguyễn Thị Ánh',
  '</main></section>',
  '=HYPERLINK("http://evil")',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string()), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''));

/** The markup's own tags: the same model with every text neutral has exactly these. */
const tagsOf = (page: string): number => (page.match(/</g) ?? []).length;

describe('renderDashboardHtml with hostile text', () => {
  it('escapes every value: no text adds a tag, an attribute or a script', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'school',
            'tab',
            'finding',
            'group',
            'session',
            'class',
            'unlisted',
            'status',
            'activity',
            'outcome',
            'outlook',
            'action',
            'at',
            'runOutcome',
            'detail',
          ),
          hostileText,
        ),
        (texts) => {
          const hostile = renderDashboardHtml(
            sampleModel((slot) => texts[slot] ?? slot),
            'vi',
          );
          // The same texts made harmless, empty where they are empty (an empty school has no line).
          const neutral = renderDashboardHtml(
            sampleModel((slot) => (texts[slot] === undefined ? slot : texts[slot] === '' ? '' : 'x')),
            'vi',
          );
          expect(tagsOf(hostile)).toBe(tagsOf(neutral));
          expect(hostile).not.toMatch(/<script|<img|<\/style><style>/i);
          // No event handler inside any tag: a quote in a text never closes an attribute.
          expect(hostile).not.toMatch(/<[^>]*\son\w+=/i);
          // Only a web address becomes a link.
          expect(hostile).not.toMatch(/href="(?!https:\/\/)/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('links a finding only to a web address, never to a script or out of its attribute', () => {
    for (const href of [
      'javascript:alert(1)',
      'https://x" onclick="y',
      'data:text/html,<b>',
      ' https://a b',
    ]) {
      const page = renderDashboardHtml(
        sampleModel((slot) => (slot === 'href' ? href : slot)),
        'vi',
      );
      expect(page).not.toMatch(/href="(?!https:\/\/docs\.google\.com\/spreadsheets\/d\/x\/)/);
      expect(page).not.toContain('onclick=');
    }
    const good = 'https://docs.google.com/spreadsheets/d/id/edit#gid=5&range=B5';
    expect(
      renderDashboardHtml(
        sampleModel((slot) => (slot === 'href' ? good : slot)),
        'vi',
      ),
    ).toContain('href="https://docs.google.com/spreadsheets/d/id/edit#gid=5&amp;range=B5"');
  });

  it('is self-contained: its style inline, nothing loaded from anywhere', () => {
    const page = renderDashboardHtml(sampleModel(), 'vi');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<link|<script|<img|src=|url\(|@import/i);
  });

  it('writes Vietnamese in NFC', () => {
    const page = renderDashboardHtml(
      sampleModel(() => 'Nguye\u0302\u0303n'),
      'vi',
    );
    expect(page).toBe(page.normalize('NFC'));
    expect(page).toContain('Nguyễn');
  });
});

describe('the sidebar', () => {
  it('is the same page plus one script that asks dashboardData() and a "Làm mới" button', () => {
    const model = sampleModel();
    const sidebar = renderDashboardSidebar(model, 'vi');
    expect((sidebar.match(/<script>/g) ?? []).length).toBe(1);
    expect(sidebar).toContain('google.script.run');
    expect(sidebar).toContain('.dashboardData()');
    expect(sidebar).toContain('>Làm mới</button>');
    // A finding's link leaves the sidebar's frame for the sheet itself.
    expect(sidebar).toContain('target="_top"');
    expect(dashboardPayload(model, 'vi').body).toContain('target="_top"');
  });
});
