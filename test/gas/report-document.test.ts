import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport, type ReportModel } from '../../src/core/report';
import { CHANGES_PER_SAVE, FONT, GasReportDocuments, PAGE } from '../../src/gas/report-document';
import {
  AFTER_WEEK,
  d,
  reportedGrids,
  REPORTED_PARTICIPATION,
  sampleGrids,
  SECRET_FAMILY,
} from '../core/report/report-fixture';
import { createGasFakes, installGlobals, type GasFakes } from './fakes';
import type { FakeBlob } from './fakes/document-app';
import {
  Attribute,
  documentCalls,
  FakeParagraph,
  TOO_MANY_CHANGES,
  type FakeDocStore,
} from './fakes/document-app';

/** The DocumentsPort over the fake DocumentApp: what a reader of the Doc would see. */
let fakes: GasFakes;
let undo: () => void;
beforeEach(() => {
  fakes = createGasFakes();
  undo = installGlobals(fakes);
});
afterEach(() => undo());

const finalModel = (): ReportModel => buildReport({ grids: sampleGrids(), at: AFTER_WEEK });
const render = (model: ReportModel, knownId?: string) => {
  const handle = new GasReportDocuments().render(model, knownId);
  return { handle, doc: fakes.documentApp.doc(handle.id)! };
};
const headings = (doc: FakeDocStore) =>
  doc.body
    .paragraphs()
    .filter((p) => p.heading !== 'NORMAL')
    .map((p) => [p.heading, p.text()]);

describe('the report Doc', () => {
  it('is an A4 page with the administrative margins, named after the report', () => {
    const { handle, doc } = render(finalModel());
    expect(handle).toMatchObject({
      created: true,
      url: `https://docs.google.com/document/d/${handle.id}/edit`,
    });
    expect(doc.name).toBe(finalModel().documentTitle);
    expect(doc.body.page).toEqual({
      width: 595.3,
      height: 841.9,
      top: 56.7,
      bottom: 56.7,
      left: 85,
      right: 42.5,
    });
    expect(PAGE.left).toBeCloseTo((30 / 25.4) * 72, 0);
  });

  it('has the centred title and the numbered sections I–IV as headings', () => {
    const { doc } = render(finalModel());
    const all = headings(doc);
    expect(all[0]).toEqual(['TITLE', 'BÁO CÁO']);
    expect(doc.body.paragraphs().find((p) => p.heading === 'TITLE')!.alignment).toBe('CENTER');
    const sections = all.filter(([h]) => h === 'HEADING1').map(([, t]) => t!.split(' ')[0]);
    expect(sections).toEqual(['I.', 'II.', 'III.', 'IV.']);
    expect(all.some(([h]) => h === 'HEADING2')).toBe(true);
  });

  it('writes every run in Times New Roman, body text at 13 pt', () => {
    const { doc } = render(finalModel());
    const paragraphs = [
      ...doc.body.paragraphs(),
      ...doc.body.tables().flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.children))),
    ];
    const runs = paragraphs.flatMap((p) => p.runs.map((r) => p.style(r, 'FONT_FAMILY')));
    expect(runs.length).toBeGreaterThan(50);
    expect(new Set(runs)).toEqual(new Set([FONT]));
    const body = doc.body
      .paragraphs()
      .filter((p) => p.heading === 'NORMAL' && p.type === 'PARAGRAPH' && p.runs.length > 0);
    expect(body.filter((p) => p.style(p.runs[0]!, 'FONT_SIZE') === 13).length).toBeGreaterThan(
      body.length / 2,
    );
  });

  it('lays letterhead and signature out as borderless two-column tables', () => {
    const model = finalModel();
    const { doc } = render(model);
    const tables = doc.body.tables();
    const [letterhead] = tables;
    // The annex's table follows the signature; the signature is the last borderless one.
    const signature = tables.filter((t) => t.borderWidth === 0).at(-1)!;
    for (const t of [letterhead!, signature]) {
      expect(t.borderWidth).toBe(0);
      expect(t.rows).toHaveLength(1);
      expect(t.rows[0]!.cells).toHaveLength(2);
    }
    expect(letterhead!.texts()[0]![1]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(letterhead!.texts()[0]![1]).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(signature.texts()[0]![1]).toMatch(/^HIỆU TRƯỞNG/);
  });

  it('makes each table of the model a real table: its header row bold and shaded, the same cells', () => {
    const model = finalModel();
    const { doc } = render(model);
    const modelTables = model.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    const docTables = doc.body.tables().filter((t) => t.borderWidth > 0);
    expect(docTables).toHaveLength(modelTables.length);
    docTables.forEach((t, i) => {
      const block = modelTables[i]!;
      expect(t.texts()).toEqual([[...block.header], ...block.rows.map((r) => r.map((c) => c.text))]);
      for (const cell of t.rows[0]!.cells) {
        expect(cell.background).toBe('#d9e2f3');
        expect(cell.children[0]!.runs.every((r) => r.attrs[Attribute.BOLD] === true)).toBe(true);
      }
    });
  });

  it('keeps links as links, and never makes a link of a note’s script or formula text', () => {
    const model = finalModel();
    const { doc } = render(model);
    const links = doc.body
      .tables()
      .flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.children.flatMap((p) => p.runs))))
      .map((r) => r.attrs[Attribute.LINK_URL])
      .filter((l): l is string => typeof l === 'string');
    const modelLinks = model.blocks.flatMap((b) =>
      b.kind === 'table'
        ? b.rows.flatMap((r) => r.flatMap((c) => (c.link && /^https?:/.test(c.link) ? [c.link] : [])))
        : [],
    );
    expect(modelLinks.length).toBeGreaterThan(0);
    expect(links.sort()).toEqual(modelLinks.sort());
    expect(links.every((l) => /^https?:\/\//.test(l))).toBe(true);
    const allText = doc.body
      .paragraphs()
      .map((p) => p.text())
      .join('\n');
    expect(JSON.stringify(doc.body.tables().map((t) => t.texts())) + allText).toContain('<script>');
  });

  it('draws each chart with data as an image from the Charts service, with its caption', () => {
    const model = finalModel();
    const { doc } = render(model);
    const images = doc.body.images();
    const chartBlocks = model.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : []));
    const drawn = chartBlocks.filter(
      (b) => (model.charts.find((c) => c.id === b.chartId)?.data.length ?? 0) > 0,
    );
    expect(drawn.length).toBeGreaterThan(0);
    expect(images.map((i) => i.altTitle)).toEqual(drawn.map((b) => b.caption));
    const opening = (images[0]!.blob as FakeBlob).chart;
    const spec = model.charts.find((c) => c.id === drawn[0]!.chartId)!;
    expect(opening.title).toBe(spec.title);
    expect(opening.rows.map((r) => r[0])).toEqual([...new Set(spec.data.map((x) => x.category))]);
    expect(images[0]!.width).toBe(440);
    expect(images[0]!.parent.alignment).toBe('CENTER');
  });

  it('lists bullets as list items', () => {
    const model = finalModel();
    const { doc } = render(model);
    const items = model.blocks.flatMap((b) => (b.kind === 'bullets' ? b.items : []));
    const listed = doc.body.paragraphs().filter((p) => p.type === 'LIST_ITEM');
    expect(listed.map((p) => p.text())).toEqual(items.map((runs) => runs.map((r) => r.text).join('')));
  });

  it('never names a nomination made without consent', () => {
    const { doc } = render(finalModel());
    const text =
      JSON.stringify(doc.body.tables().map((t) => t.texts())) +
      doc.body
        .paragraphs()
        .map((p) => p.text())
        .join();
    expect(text).not.toContain(SECRET_FAMILY);
  });

  it('marks a report built before the week ends as a preview', () => {
    const { doc } = render(buildReport({ grids: sampleGrids(), at: d(5, 9) }));
    expect(doc.name).toMatch(/bản xem trước/);
    const banner = doc.body
      .paragraphs()
      .find((p) => p.runs.some((r) => p.style(r, 'FOREGROUND_COLOR') === '#c00000'));
    expect(banner?.text()).toMatch(/xem trước/i);
  });
});

describe('rebuilding', () => {
  it('updates the same Doc in place: no second Doc, the same content once', () => {
    const first = render(buildReport({ grids: sampleGrids(), at: d(5, 9) }));
    const size = first.doc.body.children.length;
    const again = render(finalModel(), first.handle.id);
    expect(again.handle).toMatchObject({ id: first.handle.id, created: false });
    expect(fakes.documentApp.docs).toHaveLength(1);
    expect(again.doc.name).toBe(finalModel().documentTitle);
    expect(Math.abs(again.doc.body.children.length - size)).toBeLessThan(5);
    expect(headings(again.doc).filter(([h, t]) => h === 'TITLE' && t === 'BÁO CÁO')).toHaveLength(1);
  });

  it('a run that died mid-way leaves no orphan: the next run fills the Doc it had made', () => {
    const properties = new Map<string, string>();
    const port = {
      get: (k: string) => properties.get(k),
      set: (k: string, v: string) => void properties.set(k, v),
      delete: (k: string) => void properties.delete(k),
    };
    fakes.documentApp.changeLimit = 20;
    expect(() => new GasReportDocuments(undefined, port).render(finalModel(), undefined)).toThrow(
      TOO_MANY_CHANGES,
    );
    fakes.documentApp.changeLimit = 2_000;
    const handle = new GasReportDocuments(undefined, port).render(finalModel(), undefined);
    expect(handle.created).toBe(true);
    expect(fakes.documentApp.docs.map((d) => d.id)).toEqual([handle.id]);
    expect(
      headings(fakes.documentApp.doc(handle.id)!).filter(([h, t]) => h === 'TITLE' && t === 'BÁO CÁO'),
    ).toHaveLength(1);
    expect([...properties.keys()]).toEqual([]);
  });

  it('makes a new Doc when the kept one was deleted', () => {
    const { handle } = render(finalModel(), 'doc-gone');
    expect(handle.created).toBe(true);
    expect(fakes.documentApp.docs).toHaveLength(1);
  });
});

describe('Docs limits', () => {
  it('the fake refuses too many changes without a save (as Docs does)', () => {
    const doc = fakes.documentApp.create('x');
    fakes.documentApp.changeLimit = 10;
    const body = doc.getBody();
    expect(() => {
      for (let i = 0; i < 11; i++) body.appendParagraph(`${i}`);
    }).toThrow(TOO_MANY_CHANGES);
  });

  it('a long report is appended in batches with saveAndClose between them, never hitting the limit', () => {
    fakes.documentApp.changeLimit = CHANGES_PER_SAVE + 200;
    const grids = sampleGrids();
    const long = 'Ghi chú rất dài. '.repeat(600);
    grids.activities = grids.activities!.map((row, i) =>
      // The results column: a long result is printed whole under the activities' table.
      i === 0 ? row : row.map((c, j) => (j === 7 ? long : c)),
    );
    const model = buildReport({ grids, at: AFTER_WEEK });
    expect(JSON.stringify(model.blocks)).toContain(long.trim());
    const big: ReportModel = {
      ...model,
      blocks: [...model.blocks, ...model.blocks, ...model.blocks, ...model.blocks],
    };
    const { doc } = render(big);
    expect(doc.saves).toBeGreaterThan(2);
    expect(doc.body.tables().length).toBe(4 * render(model).doc.body.tables().length);
  });
});

describe('the Nghị định 30 format in the Doc', () => {
  const reported = () =>
    buildReport({ grids: reportedGrids(), at: AFTER_WEEK, participation: REPORTED_PARTICIPATION });

  it('has the sections of the model in its order, the annex on a page of its own', () => {
    const model = reported();
    const { doc } = render(model);
    const expected = model.blocks.flatMap((b) =>
      b.kind === 'heading' ? [b.number ? `${b.number} ${b.text}` : b.text] : [],
    );
    expect(headings(doc).map(([, t]) => t)).toEqual(expected);
    expect(expected).toContain('PHỤ LỤC');
    const children = doc.body.children;
    const annex = children.findIndex((c) => c instanceof FakeParagraph && c.text() === 'PHỤ LỤC');
    expect((children[annex - 1] as FakeParagraph).pageBreak).toBe(true);
    expect(children.filter((c) => c instanceof FakeParagraph && c.pageBreak)).toHaveLength(1);
  });

  it('gives body paragraphs Times New Roman 13, justified, a 1 cm first line, 6 pt after', () => {
    const { doc } = render(reported());
    const body = doc.body
      .paragraphs()
      .filter((p) => p.type === 'PARAGRAPH' && p.heading === 'NORMAL' && p.alignment === 'JUSTIFY');
    expect(body.length).toBeGreaterThan(10);
    for (const p of body) {
      expect(p.attrs[Attribute.FONT_FAMILY]).toBe('Times New Roman');
      expect([13, 14]).toContain(p.attrs[Attribute.FONT_SIZE]);
      expect(p.indentFirstLine).toBeCloseTo((10 / 25.4) * 72, 1);
      expect(p.spacingAfter).toBeGreaterThanOrEqual(6);
      expect(p.lineSpacing).toBeGreaterThanOrEqual(1);
      expect(p.lineSpacing).toBeLessThanOrEqual(1.5);
    }
    // NĐ 30: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (in points).
    const mm = (v: number) => (v * 25.4) / 72;
    expect(mm(doc.body.page.top)).toBeGreaterThanOrEqual(19.9);
    expect(mm(doc.body.page.top)).toBeLessThanOrEqual(25.1);
    expect(mm(doc.body.page.bottom)).toBeGreaterThanOrEqual(19.9);
    expect(mm(doc.body.page.left)).toBeGreaterThanOrEqual(29.9);
    expect(mm(doc.body.page.left)).toBeLessThanOrEqual(35.1);
    expect(mm(doc.body.page.right)).toBeGreaterThanOrEqual(14.9);
    expect(mm(doc.body.page.right)).toBeLessThanOrEqual(20.1);
  });

  it('sets the Quốc hiệu bold at 12–13 pt in an unpadded right column wide enough for one line', () => {
    const { doc } = render(reported());
    const letterhead = doc.body.tables()[0]!;
    const right = letterhead.rows[0]!.cells[1]!;
    const nation = right.children[0]!;
    expect(nation.text()).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(nation.attrs[Attribute.BOLD]).toBe(true);
    expect([12, 13]).toContain(nation.attrs[Attribute.FONT_SIZE]);
    expect(nation.alignment).toBe('CENTER');
    expect(right.children[1]!.attrs[Attribute.UNDERLINE]).toBe(true);
    expect([right.paddingLeft, right.paddingRight]).toEqual([0, 0]);
    // 34 capitals of Times New Roman bold 12 pt take about 255 pt.
    expect(letterhead.columnWidths[1]).toBeGreaterThan(270);
  });
});

describe('sharing', () => {
  it('adds the leadership as viewers once, whoever is already there', () => {
    const { handle, doc } = render(finalModel());
    const documents = new GasReportDocuments();
    documents.share(handle.id, ['bgh@mn2010.example', 'pho.hieutruong@mn2010.example']);
    documents.share(handle.id, ['BGH@mn2010.example', 'pho.hieutruong@mn2010.example']);
    expect(doc.viewers).toEqual(['bgh@mn2010.example', 'pho.hieutruong@mn2010.example']);
    expect(fakes.rec.count('Document.addViewer')).toBe(2);
  });

  it('an address Docs refuses is logged and the others are still shared', () => {
    const { handle, doc } = render(finalModel());
    const logged: string[] = [];
    new GasReportDocuments((m) => logged.push(m)).share(handle.id, ['not an address', 'bgh@mn2010.example']);
    expect(doc.viewers).toEqual(['bgh@mn2010.example']);
    expect(logged.join()).toMatch(/Không chia sẻ được báo cáo với not an address/);
  });
});

describe('cost', () => {
  it('DocumentApp calls follow the report’s elements: the same model costs the same', () => {
    render(finalModel());
    const once = documentCalls(fakes.rec);
    fakes.rec.reset();
    render(finalModel());
    expect(documentCalls(fakes.rec)).toBe(once);
    expect(once).toBeLessThan(2_000);
  });
});
