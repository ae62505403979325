import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ParagraphChild,
} from 'docx';
import type {
  ChartBlock,
  Line,
  ReportBlock,
  ReportModel,
  Run,
  SignatureBlock,
  TableBlock,
} from '../../core/report';

/**
 * Lays the report model out as a .docx in the Vietnamese administrative format (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): A4, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New
 * Roman 13 pt, paragraphs justified with a 1 cm first-line indent and 6 pt between them, the
 * two-column header and the signature as borderless tables, the page number centred at the top
 * from page 2 on. It only lays out: every text and figure comes from the model.
 */

const FONT = 'Times New Roman';
/** Half-points: 13 pt body, 11 pt notes and tables' sources, 12 pt table text. */
const BODY = 26;
const SMALL = 22;
const TABLE_TEXT = 24;
const LETTERHEAD = 24;
/** The title "BÁO CÁO": 14 pt bold (NĐ 30 allows 13–14). */
const TITLE = 28;
/** 1 cm first-line indent, 6 pt after a body paragraph (NĐ 30: at least 6 pt between paragraphs). */
const FIRST_LINE = convertMillimetersToTwip(10);
const PARAGRAPH_AFTER = 120;
const CONTENT_WIDTH_MM = 210 - 30 - 15;
const CONTENT_WIDTH = convertMillimetersToTwip(CONTENT_WIDTH_MM);
/** The chart's width on the page, in pixels at 96 dpi (the image is twice as dense). */
const CHART_PAGE_WIDTH = 600;

export interface ChartImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
} as const;

/** Only web and mail addresses become links; anything else a cell holds stays text. */
const safeLink = (link: string | undefined): string | undefined =>
  link !== undefined && /^(https?:\/\/|mailto:)\S+$/i.test(link.trim()) ? link.trim() : undefined;

/** Text with its line breaks kept as breaks (a cell's notes may span lines). */
function textRuns(
  text: string,
  style: {
    bold?: boolean;
    italic?: boolean;
    size?: number;
    color?: string;
    link?: boolean;
    underline?: boolean;
  },
): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(i > 0 ? { break: 1 } : {}),
        font: FONT,
        ...(style.size ? { size: style.size } : {}),
        ...(style.bold ? { bold: true } : {}),
        ...(style.italic ? { italics: true } : {}),
        ...(style.color ? { color: style.color } : {}),
        ...(style.underline ? { underline: {} } : {}),
        ...(style.link ? { style: 'Hyperlink' } : {}),
      }),
  );
}

function runChildren(runs: readonly Run[], size?: number, color?: string): ParagraphChild[] {
  return runs.flatMap((r): ParagraphChild[] => {
    const link = safeLink(r.link);
    const style = {
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italic: true } : {}),
      ...(size ? { size } : {}),
      ...(color ? { color } : {}),
    };
    if (link) return [new ExternalHyperlink({ link, children: textRuns(r.text, { ...style, link: true }) })];
    return textRuns(r.text, style);
  });
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
} as const;

function lineParagraph(line: Line, size = BODY): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: textRuns(line.text, {
      ...(line.bold ? { bold: true } : {}),
      ...(line.italic ? { italic: true } : {}),
      ...(line.underline ? { underline: true } : {}),
      size,
    }),
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const leftWidth = Math.round(CONTENT_WIDTH * leftShare);
  // No cell padding: the Quốc hiệu needs the right column's whole width to stay on one line.
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      borders: NO_BORDERS,
      margins: { left: 0, right: 0 },
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, CONTENT_WIDTH - leftWidth],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, CONTENT_WIDTH - leftWidth)] })],
  });
}

function dataTable(block: TableBlock): (Table | Paragraph)[] {
  const total = block.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = block.widths.map((w) => Math.round((CONTENT_WIDTH * w) / total));
  const cell = (children: ParagraphChild[], width: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(header ? { shading: { fill: 'D9E2F3' } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [new Paragraph({ alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map((h, i) =>
      cell(textRuns(h, { bold: true, size: TABLE_TEXT }), widths[i]!, true),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        children: row.map((c, i) =>
          cell(
            runChildren(
              [{ text: c.text, ...(c.bold ? { bold: true } : {}), ...(c.link ? { link: c.link } : {}) }],
              TABLE_TEXT,
            ),
            widths[i]!,
            false,
          ),
        ),
      }),
  );
  const out: (Table | Paragraph)[] = [
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: GRID_BORDERS,
      rows: [header, ...rows],
    }),
  ];
  if (block.source) {
    out.push(
      new Paragraph({
        spacing: { before: 60, after: 120 },
        children: textRuns(block.source, { italic: true, size: SMALL }),
      }),
    );
  }
  return out;
}

function chartParagraphs(block: ChartBlock, image: ChartImage | undefined): Paragraph[] {
  if (!image) return [new Paragraph({ children: textRuns(block.missing, { italic: true }) })];
  const height = Math.round((CHART_PAGE_WIDTH * image.height) / image.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: CHART_PAGE_WIDTH, height },
          altText: { name: block.chartId, title: block.caption, description: block.caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
      children: textRuns(block.caption, { italic: true, size: SMALL }),
    }),
  ];
}

function signature(block: SignatureBlock): Table {
  const left = [
    new Paragraph({
      children: textRuns(block.recipientsTitle, { bold: true, italic: true, size: TABLE_TEXT }),
    }),
    ...block.recipients.map((r) => new Paragraph({ children: textRuns(r, { size: SMALL }) })),
  ];
  const right = [
    lineParagraph({ text: block.signerTitle, bold: true }),
    ...[1, 2, 3, 4].map(() => new Paragraph({ children: [] })),
    lineParagraph({ text: block.signerName, bold: true }),
  ];
  return twoColumns(left, right, 0.5);
}

/** The letterhead's left column: the governing body and the school (the rest is the Quốc hiệu's). */
const LETTERHEAD_LEFT_SHARE = 0.38;

const HEADING = { 0: HeadingLevel.TITLE, 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;

function blockElements(block: ReportBlock, images: ReadonlyMap<string, ChartImage>): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'letterhead':
      // 12 pt and a 62 % right column keep the Quốc hiệu on one line (Nghị định 30/2020 allows 12–13 pt).
      return [
        twoColumns(
          block.left.map((l) => lineParagraph(l, LETTERHEAD)),
          block.right.map((l) => lineParagraph(l, LETTERHEAD)),
          LETTERHEAD_LEFT_SHARE,
        ),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING[block.level],
          ...(block.level === 0 ? { alignment: AlignmentType.CENTER } : {}),
          ...(block.newPage ? { pageBreakBefore: true } : {}),
          keepNext: true,
          children: textRuns(block.number ? `${block.number} ${block.text}` : block.text, { bold: true }),
        }),
      ];
    case 'paragraph': {
      const preview = block.role === 'preview';
      const source = block.role === 'source';
      const align = block.align ?? 'justify';
      const body = align === 'justify' && !preview && !source;
      return [
        new Paragraph({
          alignment: ALIGN[align],
          ...(body ? { indent: { firstLine: FIRST_LINE }, spacing: { after: PARAGRAPH_AFTER } } : {}),
          ...(preview ? { border: { top: THIN, bottom: THIN, left: THIN, right: THIN } } : {}),
          children: runChildren(block.runs, source ? SMALL : undefined, preview ? 'C00000' : undefined),
        }),
      ];
    }
    case 'table':
      return dataTable(block);
    case 'bullets':
      return block.items.map(
        (runs) =>
          new Paragraph({
            numbering: { reference: 'dash', level: 0 },
            alignment: AlignmentType.JUSTIFIED,
            children: runChildren(runs),
          }),
      );
    case 'chart':
      return chartParagraphs(block, images.get(block.chartId));
    case 'signature':
      return [new Paragraph({ children: [] }), signature(block)];
  }
}

/** The Document for the model; `images` holds each chart's PNG by chart id. */
export function reportDocument(model: ReportModel, images: ReadonlyMap<string, ChartImage>): Document {
  const heading = (id: string, name: string, size: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 200, after: 100 } },
  });
  return new Document({
    creator: 'learning-week',
    title: model.documentTitle,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY },
          // lineRule spelled out: LibreOffice reads a bare w:line as exact spacing and clips
          // an inline chart to one line (seen converting the report to PDF).
          paragraph: { spacing: { after: 80, line: 300, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        heading('Title', 'Title', TITLE),
        heading('Heading1', 'Heading 1', BODY),
        heading('Heading2', 'Heading 2', BODY),
      ],
    },
    numbering: {
      config: [
        {
          reference: 'dash',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '-',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        // NĐ 30: the page number in the middle of the top margin, not on the first page.
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY })],
              }),
            ],
          }),
        },
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: model.blocks.flatMap((b) => blockElements(b, images)),
      },
    ],
  });
}
