import type { LocalDateTime } from '../cell';
import type { Language } from '../plan';
import type { DistrictFigure } from './district-figures';

/**
 * The report as a tree of layout-neutral blocks: the single source both renderers lay out
 * (DocumentApp in Apps Script, `docx` locally). A renderer maps each block kind to its own
 * elements and never computes a figure: everything it prints is already text here, NFC.
 * Text is plain text: HTML or formula-looking notes stay characters, never markup.
 */

/** A piece of text with its emphasis; `link` makes it a hyperlink. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly link?: string;
}

/** One line of the two-column header or the signature block. */
export interface Line {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A short rule under the line, as administrative headers draw under the school name. */
  readonly underline?: boolean;
}

/** The administrative header: governing body + school left, the national motto right. */
export interface LetterheadBlock {
  readonly kind: 'letterhead';
  readonly left: readonly Line[];
  readonly right: readonly Line[];
}

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 0: the title ("BÁO CÁO"), 1: a numbered section (I., II.), 2: a subsection (1., 2.). */
  readonly level: 0 | 1 | 2;
  /** "I.", "2." — printed before the text; empty for the title. */
  readonly number: string;
  readonly text: string;
  /** Starts a new page (the annex after the signature). */
  readonly newPage?: boolean;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly align?: 'left' | 'center' | 'justify';
  /** 'preview': the banner of a report built before the week ended; 'source': where figures come from. */
  readonly role?: 'body' | 'subtitle' | 'preview' | 'source';
}

export interface TableCell {
  readonly text: string;
  readonly link?: string;
  readonly bold?: boolean;
}

/** A real table: one header row, then the data rows (every row as long as the header). */
export interface TableBlock {
  readonly kind: 'table';
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Relative column widths (same length as the header). */
  readonly widths: readonly number[];
  /** Columns whose cells must stay on one line (a time, a count): sized to their longest cell. */
  readonly noWrap?: readonly boolean[];
  /** "Nguồn: tab “Điểm danh khai mạc”, 42 dòng": how to trace every figure back to rows. */
  readonly source?: string;
}

export interface BulletsBlock {
  readonly kind: 'bullets';
  readonly items: readonly (readonly Run[])[];
}

/** A chart from `ReportModel.charts`, placed here. */
export interface ChartBlock {
  readonly kind: 'chart';
  readonly chartId: string;
  /** Said under the chart, and the image's alternative text. */
  readonly caption: string;
  /** Said instead of the chart when a runtime has nothing to draw. */
  readonly missing: string;
}

/** "Nơi nhận" (left, small) and the signer (right), side by side as the format wants. */
export interface SignatureBlock {
  readonly kind: 'signature';
  readonly recipientsTitle: string;
  readonly recipients: readonly string[];
  readonly signerTitle: string;
  /** Italic hint between title and name ("(Ký, ghi rõ họ tên)" is left out: the space is for the signature). */
  readonly signerName: string;
}

export type ReportBlock =
  LetterheadBlock | HeadingBlock | ParagraphBlock | TableBlock | BulletsBlock | ChartBlock | SignatureBlock;

/** One bar group of a chart: a category and one value per series. */
export interface ChartDatum {
  readonly category: string;
  readonly series: string;
  readonly value: number;
}

/**
 * A chart as data, drawn by each runtime with its own tool (vega locally; a sheet chart in
 * Apps Script). Bars grouped by category, coloured by series; an optional target rule.
 */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  /** '%' bars run 0–100; 'count' bars (people, seats) run from 0 to the largest value. */
  readonly unit: '%' | 'count';
  readonly series: readonly string[];
  readonly data: readonly ChartDatum[];
  readonly target?: { readonly label: string; readonly value: number };
  /** How a drawing without a legend for the target rule names it ("Đường đứt nét đỏ: Chỉ tiêu 80 %"). */
  readonly targetNote?: string;
}

/** The figures a runtime prints after building (console, mail body): no personal data. */
export interface Headline {
  readonly label: string;
  readonly value: string;
}

export interface ReportModel {
  /** The plan's language: the renderers' own words (a chart without data) follow it. */
  readonly language: Language;
  readonly year?: number;
  /** When it was built (wall clock of the school). */
  readonly at: LocalDateTime;
  /** True before the week's report time: every renderer shows the preview banner. */
  readonly preview: boolean;
  /** "bao-cao-2021" (no extension). */
  readonly fileName: string;
  /** The document's title as a file/Doc name: "Báo cáo Tuần lễ học tập suốt đời 2021". */
  readonly documentTitle: string;
  readonly blocks: readonly ReportBlock[];
  readonly charts: readonly ChartSpec[];
  readonly headline: readonly Headline[];
  /** The figures of the annex, by stable key, for the "Số liệu báo cáo" tab (the report only). */
  readonly figures?: readonly DistrictFigure[];
}
