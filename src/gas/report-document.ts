import type {
  ChartSpec,
  Line,
  ReportBlock,
  ReportModel,
  Run,
  SignatureBlock,
  TableBlock,
} from '../core/report';
import { catalogue } from '../core/i18n/catalogue';
import { safeUrl } from '../core/mail/escape';
import type { Language } from '../core/plan';
import type { DocumentsPort, PropertiesPort, ReportDocumentHandle } from '../ports';
import { chartBlob } from './report-chart';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type TableCell = GoogleAppsScript.Document.TableCell;

/**
 * The Vietnamese administrative format (Nghị định 30/2020/NĐ-CP), as the local .docx has it:
 * A4 (595.3 × 841.9 pt), margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 13,
 * body paragraphs justified with a 1 cm first-line indent and 6 pt after.
 * One thing DocumentApp cannot do: a page-number field (its HeaderSection holds text, tables
 * and images only — developers.google.com/apps-script/reference/document/header-section), so
 * the Doc has no page numbers; the .docx and its PDF have them from page 2.
 */
export const PAGE = {
  width: 595.3,
  height: 841.9,
  top: 56.7,
  bottom: 56.7,
  left: 85,
  right: 42.5,
} as const;
export const FONT = 'Times New Roman';
const BODY_SIZE = 13;
const TABLE_SIZE = 12;
const SMALL_SIZE = 11;
const TITLE_SIZE = 14;
/** The letterhead at 12 pt (NĐ 30: 12–13) so the Quốc hiệu stays on one line. */
const LETTERHEAD_SIZE = 12;
const LETTERHEAD_LEFT_SHARE = 0.38;
/** 1 cm, in points. */
const FIRST_LINE_INDENT = 28.35;
const PARAGRAPH_AFTER = 6;
/** Docs' line spacing is a multiple of single spacing; NĐ 30 asks for single to 1.5 lines. */
const LINE_SPACING = 1.15;
const HEADER_FILL = '#d9e2f3';
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The chart on the page, in points. */
const CHART_WIDTH = 440;

/**
 * Changes appended between two saves: Docs refuses a run that piles up too many unsaved edits
 * ("Too many changes applied before saving"), so the body is saved and
 * reopened at the next block boundary once this many calls have changed it.
 */
export const CHANGES_PER_SAVE = 400;

/** A Doc created by a render that has not finished yet (cleared when it does). */
const UNFINISHED_KEY = 'report.document.unfinished';

interface TextStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly link?: string;
}

function attributes(style: TextStyle): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  return {
    [A.FONT_FAMILY]: FONT,
    [A.FONT_SIZE]: style.size ?? BODY_SIZE,
    [A.BOLD]: style.bold === true,
    [A.ITALIC]: style.italic === true,
    [A.UNDERLINE]: style.underline === true,
    [A.FOREGROUND_COLOR]: style.color ?? '#000000',
  };
}

/**
 * DocumentsPort over DocumentApp. The Doc is made once; a rebuild clears its body and lays the
 * model out again, so the link leadership has keeps working. Sharing is Document.addViewer:
 * no Drive scope.
 */
export class GasReportDocuments implements DocumentsPort {
  /** The last rendered report's language: sharing it (which comes next) logs in the same one. */
  private language: Language = 'vi';

  constructor(
    private readonly log: (message: string) => void = () => undefined,
    /** Remembers a Doc made by a run that died before returning its id, so no orphan is left. */
    private readonly properties?: PropertiesPort,
  ) {}

  render(model: ReportModel, knownId: string | undefined): ReportDocumentHandle {
    this.language = model.language;
    const wanted = knownId ?? this.properties?.get(UNFINISHED_KEY);
    const existing = wanted ? this.open(wanted) : undefined;
    const doc = existing ?? DocumentApp.create(model.documentTitle);
    if (!existing) this.properties?.set(UNFINISHED_KEY, doc.getId());
    const writer = new DocWriter(doc);
    if (existing) {
      writer.body.clear();
      doc.setName(model.documentTitle);
    }
    writer.page();
    const charts = new Map(model.charts.map((c) => [c.id, c] as const));
    for (const block of model.blocks) {
      writer.block(block, charts);
      writer.maybeSave();
    }
    writer.finish();
    this.properties?.delete(UNFINISHED_KEY);
    return { id: writer.id, url: writer.url, created: knownId === undefined || existing === undefined };
  }

  share(id: string, viewers: readonly string[]): void {
    if (viewers.length === 0) return;
    const doc = DocumentApp.openById(id);
    const already = new Set(doc.getViewers().map((u) => u.getEmail().toLowerCase()));
    for (const email of doc.getEditors()) already.add(email.getEmail().toLowerCase());
    for (const email of viewers) {
      if (already.has(email.toLowerCase())) continue;
      try {
        doc.addViewer(email);
        already.add(email.toLowerCase());
      } catch (error) {
        // One address Docs refuses must not keep the report from the others.
        this.log(
          catalogue(this.language).report.log.shareFailed(
            email,
            error instanceof Error ? error.message : String(error),
          ),
        );
      }
    }
  }

  /** A Doc the principal deleted (or we may no longer open) is made again. */
  private open(id: string): Doc | undefined {
    try {
      return DocumentApp.openById(id);
    } catch (error) {
      this.log(
        catalogue(this.language).report.log.openFailed(
          id,
          error instanceof Error ? error.message : String(error),
        ),
      );
      return undefined;
    }
  }
}

/** Appends blocks to the body, counting changes, saving between batches. */
class DocWriter {
  readonly id: string;
  readonly url: string;
  body: Body;
  private changes = 0;

  constructor(private doc: Doc) {
    this.id = doc.getId();
    this.url = doc.getUrl();
    this.body = doc.getBody();
  }

  page(): void {
    this.body
      .setPageWidth(PAGE.width)
      .setPageHeight(PAGE.height)
      .setMarginTop(PAGE.top)
      .setMarginBottom(PAGE.bottom)
      .setMarginLeft(PAGE.left)
      .setMarginRight(PAGE.right);
    this.changes += 6;
  }

  maybeSave(): void {
    if (this.changes < CHANGES_PER_SAVE) return;
    this.doc.saveAndClose();
    this.doc = DocumentApp.openById(this.id);
    this.body = this.doc.getBody();
    this.changes = 0;
  }

  /**
   * A fresh Doc's body starts with one empty paragraph, and a cleared body keeps one: it is
   * removed last (a body may not lose its last paragraph), then the Doc is saved.
   */
  finish(): void {
    if (this.body.getNumChildren() > 1) {
      const first = this.body.getChild(0);
      if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === '') {
        this.body.removeChild(first);
      }
    }
    this.doc.saveAndClose();
  }

  block(block: ReportBlock, charts: ReadonlyMap<string, ChartSpec>): void {
    const H = DocumentApp.HorizontalAlignment;
    switch (block.kind) {
      case 'letterhead':
        this.twoColumns(block.left, block.right, LETTERHEAD_LEFT_SHARE, LETTERHEAD_SIZE, LETTERHEAD_SIZE);
        return;
      case 'heading': {
        if (block.newPage) {
          this.body.appendPageBreak();
          this.changes++;
        }
        const p = this.paragraph([{ text: block.number ? `${block.number} ${block.text}` : block.text }], {
          bold: true,
          size: block.level === 0 ? TITLE_SIZE : BODY_SIZE,
        });
        const P = DocumentApp.ParagraphHeading;
        p.setHeading(block.level === 0 ? P.TITLE : block.level === 1 ? P.HEADING1 : P.HEADING2);
        if (block.level === 0) p.setAlignment(H.CENTER);
        this.changes += 2;
        return;
      }
      case 'paragraph': {
        const preview = block.role === 'preview';
        const p = this.paragraph(block.runs, {
          ...(block.role === 'source' ? { size: SMALL_SIZE } : {}),
          ...(preview ? { color: '#c00000', bold: true } : {}),
        });
        const align = block.align ?? 'justify';
        p.setAlignment(align === 'center' ? H.CENTER : align === 'left' ? H.LEFT : H.JUSTIFY);
        this.changes++;
        if (align === 'justify' && !preview && block.role !== 'source') {
          p.setIndentFirstLine(FIRST_LINE_INDENT).setSpacingAfter(PARAGRAPH_AFTER);
          this.changes += 2;
        }
        return;
      }
      case 'table':
        this.table(block);
        return;
      case 'bullets':
        for (const runs of block.items) {
          const item = this.body.appendListItem('');
          item.setGlyphType(DocumentApp.GlyphType.HOLLOW_BULLET);
          this.runs(item, runs, {});
          this.changes += 2;
        }
        return;
      case 'chart':
        this.chart(block.caption, block.missing, charts.get(block.chartId));
        return;
      case 'signature':
        this.body.appendParagraph('');
        this.changes++;
        this.signature(block);
        return;
    }
  }

  /**
   * A paragraph carries the font, size and line spacing itself, not only its runs, so text
   * typed into it later in Docs keeps the administrative format.
   */
  private paragraph(runs: readonly Run[], style: TextStyle): Paragraph {
    const p = this.body.appendParagraph('');
    p.setAttributes(attributes(style));
    p.setLineSpacing(LINE_SPACING);
    this.changes += 3;
    this.runs(p, runs, style);
    return p;
  }

  /** Each run as its own text with its own attributes (and link). */
  private runs(
    p: Paragraph | GoogleAppsScript.Document.ListItem,
    runs: readonly Run[],
    style: TextStyle,
  ): void {
    for (const run of runs) {
      if (run.text === '') continue;
      const text = p.appendText(run.text);
      const link = safeUrl(run.link);
      text.setAttributes(
        attributes({
          ...style,
          ...(run.bold ? { bold: true } : {}),
          ...(run.italic ? { italic: true } : {}),
          ...(link ? { underline: true, color: '#1155cc' } : {}),
        }),
      );
      this.changes += 2;
      if (link) {
        text.setLinkUrl(link);
        this.changes++;
      }
    }
  }

  private lines(cell: TableCell, lines: readonly Line[], size: number, left = false): void {
    const H = DocumentApp.HorizontalAlignment;
    lines.forEach((line, i) => {
      const p = i === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph('');
      p.setText(line.text);
      p.setAlignment(left ? H.LEFT : H.CENTER);
      p.setAttributes(
        attributes({
          size,
          bold: line.bold === true,
          italic: line.italic === true,
          underline: line.underline === true,
        }),
      );
      this.changes += 3;
    });
  }

  /** Letterhead and signature: a borderless one-row table of two cells. */
  private twoColumns(
    left: readonly Line[],
    right: readonly Line[],
    leftShare: number,
    leftSize = BODY_SIZE,
    rightSize = BODY_SIZE,
    /** "Nơi nhận" is flush left; the letterhead's columns are centred. */
    leftFlush = false,
  ): void {
    const table = this.body.appendTable([['', '']]);
    table.setBorderWidth(0);
    table.setColumnWidth(0, Math.round(CONTENT_WIDTH * leftShare));
    table.setColumnWidth(1, Math.round(CONTENT_WIDTH * (1 - leftShare)));
    const row = table.getRow(0);
    // No side padding: the Quốc hiệu needs the right column's whole width.
    for (const cell of [row.getCell(0), row.getCell(1)]) cell.setPaddingLeft(0).setPaddingRight(0);
    this.lines(row.getCell(0), left, leftSize, leftFlush);
    this.lines(row.getCell(1), right, rightSize);
    this.changes += 8;
  }

  private signature(block: SignatureBlock): void {
    this.twoColumns(
      [
        { text: block.recipientsTitle, bold: true, italic: true },
        ...block.recipients.map((text) => ({ text })),
      ],
      [
        { text: block.signerTitle, bold: true },
        ...[1, 2, 3, 4].map(() => ({ text: '' })),
        { text: block.signerName, bold: true },
      ],
      0.5,
      SMALL_SIZE,
      BODY_SIZE,
      true,
    );
  }

  /**
   * One appendTable for the whole grid (cost grows with the table, never with the rows behind
   * its figures), the text styled at once, then the header row and the links.
   */
  private table(block: TableBlock): void {
    const cells = [block.header.map((h) => h), ...block.rows.map((row) => row.map((c) => c.text))];
    const table = this.body.appendTable(cells);
    table.setBorderWidth(0.5);
    table.editAsText().setFontFamily(FONT).setFontSize(TABLE_SIZE).setForegroundColor('#000000');
    const total = block.widths.reduce((a, b) => a + b, 0) || 1;
    block.widths.forEach((w, i) => table.setColumnWidth(i, Math.round((CONTENT_WIDTH * w) / total)));
    const header = table.getRow(0);
    header.editAsText().setBold(true);
    for (let i = 0; i < block.header.length; i++) {
      const cell = header.getCell(i);
      cell.setBackgroundColor(HEADER_FILL);
      cell.getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    }
    this.changes += 6 + block.widths.length + 2 * block.header.length;
    block.rows.forEach((row, r) => {
      row.forEach((c, i) => {
        const link = safeUrl(c.link);
        if (!link && !c.bold) return;
        const text = table.getCell(r + 1, i).editAsText();
        if (link) text.setLinkUrl(link).setForegroundColor('#1155cc').setUnderline(true);
        if (c.bold) text.setBold(true);
        this.changes += 3;
      });
    });
    if (block.source) {
      this.paragraph([{ text: block.source, italic: true }], { size: SMALL_SIZE, italic: true });
    }
  }

  private chart(caption: string, missing: string, spec: ChartSpec | undefined): void {
    const blob = spec ? chartBlob(spec) : undefined;
    if (!blob) {
      this.paragraph([{ text: missing, italic: true }], {});
      return;
    }
    const image = this.body.appendImage(blob);
    const ratio = image.getHeight() / (image.getWidth() || 1);
    image.setWidth(CHART_WIDTH).setHeight(Math.round(CHART_WIDTH * ratio));
    image.setAltTitle(caption).setAltDescription(caption);
    image.getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    this.changes += 5;
    const p = this.paragraph([{ text: caption, italic: true }], { size: SMALL_SIZE });
    p.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  }
}
