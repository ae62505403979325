import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type ReportModel } from '../../src/core/report';
import { GasReportDocuments } from '../../src/gas/report-document';
import { reportDocx } from '../../src/local/report/write-report';
import { AFTER_WEEK, reportedGrids, REPORTED_PARTICIPATION } from '../core/report/report-fixture';
import { createGasFakes, installGlobals } from './fakes';
import type { FakeDocStore } from './fakes/document-app';

/**
 * The same tables rendered both ways: the Doc through the fake DocumentApp, the .docx through
 * the `docx` package, read back from word/document.xml. Both must show the same sections, the
 * same tables cell for cell, and the same figures (charts).
 */

interface Layout {
  headings: string[];
  tables: string[][][];
  images: number;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const unescape = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** A fragment's text: its runs, a space for each line break and between paragraphs. */
const paragraphText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? ' ').join('');
const xmlText = (xml: string): string => squash(unescape(xml.split('</w:p>').map(paragraphText).join(' ')));

function docxLayout(xml: string): Layout {
  const body = xml.slice(xml.indexOf('<w:body>'));
  const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => xmlText(c[0])),
    ),
  );
  const outside = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const headings = [...outside.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)]
    .map((p) => p[0])
    .filter((p) => /<w:pStyle w:val="(Title|Heading1|Heading2)"\/>/.test(p))
    .map(xmlText);
  const images = (body.match(/<w:drawing>/g) ?? []).length;
  return { headings, tables, images };
}

function docLayout(doc: FakeDocStore): Layout {
  return {
    headings: doc.body
      .paragraphs()
      .filter((p) => p.heading !== 'NORMAL')
      .map((p) => squash(p.text())),
    tables: doc.body.tables().map((t) => t.texts().map((row) => row.map(squash))),
    images: doc.body.images().length,
  };
}

let model: ReportModel;
let fromDocx: Layout;
let fromDoc: Layout;

beforeAll(async () => {
  // The week once its owners reported: results, postponed and unreported activities, the annex.
  model = buildReport({ grids: reportedGrids(), at: AFTER_WEEK, participation: REPORTED_PARTICIPATION });
  const zip = await JSZip.loadAsync(await reportDocx(model));
  fromDocx = docxLayout(await zip.file('word/document.xml')!.async('string'));
  const fakes = createGasFakes();
  const undo = installGlobals(fakes);
  try {
    const handle = new GasReportDocuments().render(model, undefined);
    fromDoc = docLayout(fakes.documentApp.doc(handle.id)!);
  } finally {
    undo();
  }
});

describe('the Doc and the .docx from the same tables', () => {
  it('have the same title, sections and subsections, in order', () => {
    expect(fromDoc.headings.length).toBeGreaterThan(8);
    expect(fromDoc.headings).toEqual(fromDocx.headings);
    expect(fromDoc.headings.at(-1)).toBe('PHỤ LỤC');
  });

  it('have the same tables, cell for cell (letterhead and signature included)', () => {
    expect(fromDoc.tables.length).toBeGreaterThan(4);
    expect(fromDoc.tables).toEqual(fromDocx.tables);
  });

  it('have the same charts', () => {
    expect(fromDoc.images).toBeGreaterThan(0);
    expect(fromDoc.images).toBe(fromDocx.images);
  });
});
