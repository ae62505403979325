import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import { buildReport, type ReportBlock, type ReportModel } from '../../../src/core/report';
import { reportLinkMail } from '../../../src/core/report/report-link-mail';
import { PLEDGE_CHOICES } from '../../../src/core/forms/build-form-specs';
import { ALL_TABLES } from '../../../src/core/schema/tables';
import { AFTER_WEEK, d, sampleGrids, SAMPLE_OVERRIDES } from './report-fixture';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

function blockTexts(b: ReportBlock): string[] {
  switch (b.kind) {
    case 'letterhead':
      return [...b.left, ...b.right].map((l) => l.text);
    case 'heading':
      return [b.text];
    case 'paragraph':
      return [b.runs.map((r) => r.text).join('')];
    case 'table':
      return [...b.header, ...b.rows.flatMap((r) => r.map((c) => c.text)), b.source ?? ''];
    case 'bullets':
      return b.items.map((runs) => runs.map((r) => r.text).join(''));
    case 'chart':
      return [b.caption, b.missing];
    case 'signature':
      return [b.recipientsTitle, ...b.recipients, b.signerTitle, b.signerName];
  }
}

function modelTexts(model: ReportModel): string[] {
  return [
    model.documentTitle,
    ...model.blocks.flatMap(blockTexts),
    ...model.charts.flatMap((c) => [
      c.title,
      c.categoryTitle,
      c.valueTitle,
      ...c.series,
      ...c.data.map((x) => x.category),
      c.target?.label ?? '',
      c.targetNote ?? '',
    ]),
    ...model.headline.flatMap((h) => [h.label, h.value]),
  ];
}

/**
 * What the school typed (every cell of the tabs except the settings' labels and help, also as
 * the letterhead capitalises it), the tab names, which the sheet keeps as they are, and the
 * pledge courses as the respondents chose them on the form: taken out before looking for
 * Vietnamese.
 */
function schoolData(grids: Partial<Record<string, Grid>>): string[] {
  const out: string[] = [...ALL_TABLES.map((t) => t.name), ...PLEDGE_CHOICES];
  for (const [key, grid] of Object.entries(grids)) {
    for (const row of (grid ?? []).slice(1)) {
      const cells = key === 'settings' ? row.slice(1, 2) : row;
      for (const cell of cells) if (typeof cell === 'string') out.push(...cell.split(/[\n;]/));
    }
  }
  return [...out, ...out.map((s) => s.toUpperCase())]
    .map((s) => s.trim().normalize('NFC'))
    .filter((s) => s.length > 1)
    .sort((a, b) => b.length - a.length);
}

/** The plan check's findings, quoted in section III, are the plan check's own texts. */
const FINDING = /^(Warning|Error): /;

function leftovers(texts: readonly string[], data: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts.filter((t) => !FINDING.test(t))) {
    let rest = text.normalize('NFC');
    for (const piece of data) rest = rest.split(piece).join(' ');
    if (VIETNAMESE.test(rest)) found.push(rest);
  }
  return found;
}

const englishGrids = (at = {}) => sampleGrids({ ...SAMPLE_OVERRIDES, language: 'English', ...at });

describe('the report in English', () => {
  it('speaks English in every heading, table, chart and headline, the school’s data as typed', () => {
    const grids = englishGrids();
    const model = buildReport({ grids, at: AFTER_WEEK });
    expect(model.language).toBe('en');
    const texts = modelTexts(model);
    expect(texts).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(texts).toContain('Independence – Freedom – Happiness');
    expect(texts).toContain('REPORT');
    expect(texts).toContain('Recipients:');
    expect(texts.some((t) => t.startsWith('No.: 15/BC-MN2010'))).toBe(true);
    expect(texts.some((t) => t.endsWith(', 07/10/2021'))).toBe(true);
    expect(model.headline.map((h) => h.label)).toContain('Present at the opening');
    const opening = model.charts.find((c) => c.id === 'opening-attendance')!;
    expect(opening.targetNote).toBe('Red dashed line: Target 50 %');
    expect(opening.series).toEqual(['Signed up', 'Present']);
    const chart = model.blocks.find((b) => b.kind === 'chart')!;
    expect(chart).toMatchObject({ missing: `${(chart as { caption: string }).caption}: no data yet.` });
    expect(leftovers(texts, schoolData(grids))).toEqual([]);
  });

  it('says a preview and no data in English', () => {
    const grids = englishGrids();
    const early = buildReport({ grids: { settings: grids.settings }, at: d(4, 9) });
    const texts = modelTexts(early);
    expect(texts.join('\n')).toContain('PREVIEW – the week is not over');
    expect(texts.join('\n')).toContain('Activities: no data yet.');
    expect(early.documentTitle).toMatch(/\(preview\)$/);
    expect(leftovers(texts, schoolData(grids))).toEqual([]);
  });

  it('writes the link mail to leadership in English', () => {
    const model = buildReport({ grids: englishGrids(), at: AFTER_WEEK });
    const mail = reportLinkMail({
      language: 'en',
      school: 'MN 20/10',
      year: 2021,
      url: 'https://docs.example/d/1',
      preview: false,
      headline: model.headline,
    });
    expect(mail.subject).toBe('[Lifelong Learning Week] Report on the week 2021');
    expect(VIETNAMESE.test(`${mail.subject}\n${mail.text}`)).toBe(false);
  });
});
