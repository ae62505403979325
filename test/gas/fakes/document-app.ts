import type { Faked } from './faked';
import type { DailyQuotas } from './daily-quotas';
import type { Recorder } from './recorder';

/**
 * DocumentApp and Charts as recording fakes. Every Doc keeps its ELEMENT TREE (paragraphs with
 * their runs, headings, list items, tables of rows of cells, inline images) so tests read back
 * what a reader of the Doc would see. Every call is counted ("Body.appendParagraph", …).
 * Docs' limits are modelled: after saveAndClose the handle and its elements are dead ("Document
 * is closed…"), and more than `changeLimit` changes without a save throw Docs' own message.
 */
type Doc = GoogleAppsScript.Document.Document;

export const TOO_MANY_CHANGES =
  'Too many changes applied before saving document. Please save changes in smaller batches using Document.saveAndClose(), then reopen the document with Document.openById().';
export const CLOSED = 'Document is closed, its contents cannot be updated.';

export const Attribute = {
  FONT_FAMILY: 'FONT_FAMILY',
  FONT_SIZE: 'FONT_SIZE',
  BOLD: 'BOLD',
  ITALIC: 'ITALIC',
  UNDERLINE: 'UNDERLINE',
  FOREGROUND_COLOR: 'FOREGROUND_COLOR',
  LINK_URL: 'LINK_URL',
} as const;
export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  TITLE: 'TITLE',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
} as const;
export const HorizontalAlignment = {
  LEFT: 'LEFT',
  CENTER: 'CENTER',
  RIGHT: 'RIGHT',
  JUSTIFY: 'JUSTIFY',
} as const;
export const GlyphType = { BULLET: 'BULLET', HOLLOW_BULLET: 'HOLLOW_BULLET', NUMBER: 'NUMBER' } as const;
export const ElementType = {
  PARAGRAPH: 'PARAGRAPH',
  LIST_ITEM: 'LIST_ITEM',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  INLINE_IMAGE: 'INLINE_IMAGE',
} as const;

type Attrs = Record<string, unknown>;

/** The live handle a tree is edited through; closed by saveAndClose. */
class Session {
  closed = false;
  constructor(readonly store: FakeDocStore) {}
  change(rec: Recorder, method: string): void {
    rec.hit(method);
    if (this.closed) throw new Error(CLOSED);
    this.store.unsaved++;
    if (this.store.unsaved > this.store.app.changeLimit) throw new Error(TOO_MANY_CHANGES);
  }
  read(rec: Recorder, method: string): void {
    rec.hit(method);
    if (this.closed) throw new Error(CLOSED);
  }
}

/** A run of text with its own attributes. */
export class FakeText {
  attrs: Attrs = {};
  constructor(
    private readonly s: () => Session,
    private readonly rec: Recorder,
    public text: string,
  ) {}
  setAttributes(a: Attrs): this {
    this.s().change(this.rec, 'Text.setAttributes');
    Object.assign(this.attrs, a);
    return this;
  }
  setLinkUrl(url: string): this {
    this.s().change(this.rec, 'Text.setLinkUrl');
    this.attrs[Attribute.LINK_URL] = url;
    return this;
  }
}

/** editAsText() of a container: applies to every run inside it at the time of the call. */
class TextView {
  constructor(
    private readonly s: () => Session,
    private readonly rec: Recorder,
    private readonly runs: () => FakeText[],
  ) {}
  private set(method: string, key: string, value: unknown): this {
    this.s().change(this.rec, `Text.${method}`);
    for (const run of this.runs()) run.attrs[key] = value;
    return this;
  }
  setFontFamily(f: string): this {
    return this.set('setFontFamily', Attribute.FONT_FAMILY, f);
  }
  setFontSize(n: number): this {
    return this.set('setFontSize', Attribute.FONT_SIZE, n);
  }
  setBold(b: boolean): this {
    return this.set('setBold', Attribute.BOLD, b);
  }
  setItalic(b: boolean): this {
    return this.set('setItalic', Attribute.ITALIC, b);
  }
  setUnderline(b: boolean): this {
    return this.set('setUnderline', Attribute.UNDERLINE, b);
  }
  setForegroundColor(c: string): this {
    return this.set('setForegroundColor', Attribute.FOREGROUND_COLOR, c);
  }
  setLinkUrl(url: string): this {
    return this.set('setLinkUrl', Attribute.LINK_URL, url);
  }
}

/** What appendImage takes: a chart's PNG (its size known) or a blob of bytes (a PNG is read for its size). */
export type ImageBlob = FakeBlob | { readonly contentType: string; readonly bytes?: Uint8Array };

/**
 * The pixel size of an image blob, or undefined when Docs could not read it ("Invalid image
 * data."): a PNG's IHDR gives width and height; other bytes, or no bytes, are refused.
 */
function imageSize(blob: ImageBlob): { width: number; height: number } | undefined {
  if (blob instanceof FakeBlob) return { width: blob.width, height: blob.height };
  const bytes = blob.bytes;
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (blob.contentType !== 'image/png' || !bytes || bytes.length < 24) return undefined;
  if (!signature.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export class FakeInlineImage {
  readonly type = ElementType.INLINE_IMAGE;
  altTitle = '';
  altDescription = '';
  constructor(
    private readonly s: () => Session,
    private readonly rec: Recorder,
    readonly parent: FakeParagraph,
    readonly blob: ImageBlob,
    public width: number,
    public height: number,
  ) {}
  getWidth(): number {
    this.s().read(this.rec, 'InlineImage.getWidth');
    return this.width;
  }
  getHeight(): number {
    this.s().read(this.rec, 'InlineImage.getHeight');
    return this.height;
  }
  setWidth(w: number): this {
    this.s().change(this.rec, 'InlineImage.setWidth');
    this.width = w;
    return this;
  }
  setHeight(h: number): this {
    this.s().change(this.rec, 'InlineImage.setHeight');
    this.height = h;
    return this;
  }
  setAltTitle(t: string): this {
    this.s().change(this.rec, 'InlineImage.setAltTitle');
    this.altTitle = t;
    return this;
  }
  setAltDescription(t: string): this {
    this.s().change(this.rec, 'InlineImage.setAltDescription');
    this.altDescription = t;
    return this;
  }
  getParent(): { asParagraph(): FakeParagraph } {
    this.s().read(this.rec, 'InlineImage.getParent');
    return { asParagraph: () => this.parent };
  }
}

/** A paragraph or a list item (Docs' ListItem is a paragraph with a glyph). */
export class FakeParagraph {
  runs: FakeText[] = [];
  image: FakeInlineImage | undefined;
  heading: string = ParagraphHeading.NORMAL;
  alignment: string | undefined;
  glyph: string | undefined;
  attrs: Attrs = {};
  /** Paragraph spacing in points, line spacing as a multiple of single; undefined: Docs' default. */
  indentFirstLine: number | undefined;
  spacingBefore: number | undefined;
  spacingAfter: number | undefined;
  lineSpacing: number | undefined;
  /** A paragraph that body.appendPageBreak() made to hold its page break. */
  pageBreak = false;
  constructor(
    private readonly s: () => Session,
    private readonly rec: Recorder,
    readonly type: 'PARAGRAPH' | 'LIST_ITEM',
    text: string,
  ) {
    if (text !== '') this.runs.push(new FakeText(s, rec, text));
  }
  private get kind(): string {
    return this.type === 'LIST_ITEM' ? 'ListItem' : 'Paragraph';
  }
  getType(): string {
    this.s().read(this.rec, `${this.kind}.getType`);
    return this.type;
  }
  /** developers.google.com/apps-script/reference/document/element#asListItem(): only a list item casts. */
  asListItem(): this {
    if (this.type !== 'LIST_ITEM') throw new Error(`Cannot cast a ${this.kind} to a ListItem.`);
    return this;
  }
  asTable(): never {
    throw new Error(`Cannot cast a ${this.kind} to a Table.`);
  }
  asParagraph(): this {
    return this;
  }
  getText(): string {
    this.s().read(this.rec, `${this.kind}.getText`);
    return this.text();
  }
  setText(t: string): this {
    this.s().change(this.rec, `${this.kind}.setText`);
    this.runs = t === '' ? [] : [new FakeText(this.s, this.rec, t)];
    return this;
  }
  appendText(t: string): FakeText {
    this.s().change(this.rec, `${this.kind}.appendText`);
    const run = new FakeText(this.s, this.rec, t);
    this.runs.push(run);
    return run;
  }
  setHeading(h: string): this {
    this.s().change(this.rec, `${this.kind}.setHeading`);
    this.heading = h;
    return this;
  }
  setAlignment(a: string): this {
    this.s().change(this.rec, `${this.kind}.setAlignment`);
    this.alignment = a;
    return this;
  }
  setGlyphType(g: string): this {
    this.s().change(this.rec, `${this.kind}.setGlyphType`);
    this.glyph = g;
    return this;
  }
  setAttributes(a: Attrs): this {
    this.s().change(this.rec, `${this.kind}.setAttributes`);
    Object.assign(this.attrs, a);
    return this;
  }
  /**
   * developers.google.com/apps-script/reference/document/paragraph#setIndentFirstLine(Number),
   * #setSpacingBefore(Number), #setSpacingAfter(Number) (points) and #setLineSpacing(Number)
   * (a multiple of single spacing). Docs refuses what is not a number.
   */
  setIndentFirstLine(points: number): this {
    return this.spacing('setIndentFirstLine', 'indentFirstLine', points);
  }
  setSpacingBefore(points: number): this {
    return this.spacing('setSpacingBefore', 'spacingBefore', points);
  }
  setSpacingAfter(points: number): this {
    return this.spacing('setSpacingAfter', 'spacingAfter', points);
  }
  setLineSpacing(multiplier: number): this {
    return this.spacing('setLineSpacing', 'lineSpacing', multiplier);
  }
  private spacing(
    method: string,
    key: 'indentFirstLine' | 'spacingBefore' | 'spacingAfter' | 'lineSpacing',
    value: number,
  ): this {
    this.s().change(this.rec, `${this.kind}.${method}`);
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(`Invalid argument: ${String(value)}`);
    this[key] = value;
    return this;
  }
  // —— test helpers ——
  text(): string {
    return this.runs.map((r) => r.text).join('');
  }
  /** A run's attribute as a reader sees it: the run's own, else the paragraph's. */
  style(run: FakeText, key: keyof typeof Attribute): unknown {
    return run.attrs[key] ?? this.attrs[key];
  }
}

export class FakeTableCell {
  readonly children: FakeParagraph[];
  background: string | undefined;
  /** Points; undefined: Docs' default padding. */
  paddingLeft: number | undefined;
  paddingRight: number | undefined;
  constructor(
    private readonly s: () => Session,
    private readonly rec: Recorder,
    text: string,
  ) {
    this.children = [new FakeParagraph(s, rec, 'PARAGRAPH', text)];
  }
  /** developers.google.com/apps-script/reference/document/table-cell#getNumChildren() */
  getNumChildren(): number {
    this.s().read(this.rec, 'TableCell.getNumChildren');
    return this.children.length;
  }
  getChild(i: number): FakeParagraph {
    this.s().read(this.rec, 'TableCell.getChild');
    const child = this.children[i];
    if (!child)
      throw new Error(
        `Child index (${i}) must be less than the number of child elements (${this.children.length}).`,
      );
    return child;
  }
  appendParagraph(t: string): FakeParagraph {
    this.s().change(this.rec, 'TableCell.appendParagraph');
    const p = new FakeParagraph(this.s, this.rec, 'PARAGRAPH', t);
    this.children.push(p);
    return p;
  }
  setBackgroundColor(c: string): this {
    this.s().change(this.rec, 'TableCell.setBackgroundColor');
    this.background = c;
    return this;
  }
  /** developers.google.com/apps-script/reference/document/table-cell#setPaddingLeft(Number), in points. */
  setPaddingLeft(points: number): this {
    this.s().change(this.rec, 'TableCell.setPaddingLeft');
    this.paddingLeft = points;
    return this;
  }
  /** developers.google.com/apps-script/reference/document/table-cell#setPaddingRight(Number) */
  setPaddingRight(points: number): this {
    this.s().change(this.rec, 'TableCell.setPaddingRight');
    this.paddingRight = points;
    return this;
  }
  editAsText(): TextView {
    this.s().read(this.rec, 'TableCell.editAsText');
    return new TextView(this.s, this.rec, () => this.children.flatMap((p) => p.runs));
  }
  text(): string {
    return this.children.map((p) => p.text()).join('\n');
  }
}

export class FakeTableRow {
  constructor(
    private readonly s: () => Session,
    private readonly rec: Recorder,
    readonly cells: FakeTableCell[],
  ) {}
  /** developers.google.com/apps-script/reference/document/table-row#getNumCells() */
  getNumCells(): number {
    this.s().read(this.rec, 'TableRow.getNumCells');
    return this.cells.length;
  }
  getCell(i: number): FakeTableCell {
    this.s().read(this.rec, 'TableRow.getCell');
    return this.cells[i]!;
  }
  editAsText(): TextView {
    this.s().read(this.rec, 'TableRow.editAsText');
    return new TextView(this.s, this.rec, () => this.cells.flatMap((c) => c.children.flatMap((p) => p.runs)));
  }
}

export class FakeTable {
  readonly type = ElementType.TABLE;
  readonly rows: FakeTableRow[];
  borderWidth = 1;
  readonly columnWidths: number[] = [];
  constructor(
    private readonly s: () => Session,
    private readonly rec: Recorder,
    cells: string[][],
  ) {
    this.rows = cells.map(
      (row) =>
        new FakeTableRow(
          s,
          rec,
          row.map((t) => new FakeTableCell(s, rec, t)),
        ),
    );
  }
  getType(): string {
    this.s().read(this.rec, 'Table.getType');
    return this.type;
  }
  asParagraph(): never {
    throw new Error('Cannot cast a Table to a Paragraph.');
  }
  asTable(): this {
    return this;
  }
  /** developers.google.com/apps-script/reference/document/table#getNumRows() */
  getNumRows(): number {
    this.s().read(this.rec, 'Table.getNumRows');
    return this.rows.length;
  }
  getRow(i: number): FakeTableRow {
    this.s().read(this.rec, 'Table.getRow');
    return this.rows[i]!;
  }
  getCell(r: number, c: number): FakeTableCell {
    this.s().read(this.rec, 'Table.getCell');
    return this.rows[r]!.cells[c]!;
  }
  setBorderWidth(w: number): this {
    this.s().change(this.rec, 'Table.setBorderWidth');
    this.borderWidth = w;
    return this;
  }
  setColumnWidth(i: number, w: number): this {
    this.s().change(this.rec, 'Table.setColumnWidth');
    this.columnWidths[i] = w;
    return this;
  }
  editAsText(): TextView {
    this.s().read(this.rec, 'Table.editAsText');
    return new TextView(this.s, this.rec, () =>
      this.rows.flatMap((r) => r.cells.flatMap((c) => c.children.flatMap((p) => p.runs))),
    );
  }
  /** Test helper: the cell texts, header row first. */
  texts(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.text()));
  }
}

export type FakeElement = FakeParagraph | FakeTable;

export class FakeBody {
  children: FakeElement[];
  readonly page = { width: 612, height: 792, top: 72, bottom: 72, left: 72, right: 72 };
  constructor(
    private readonly s: () => Session,
    private readonly rec: Recorder,
  ) {
    this.children = [new FakeParagraph(s, rec, 'PARAGRAPH', '')];
  }
  private margin(method: string, key: keyof FakeBody['page'], value: number): this {
    this.s().change(this.rec, `Body.${method}`);
    this.page[key] = value;
    return this;
  }
  setPageWidth(v: number): this {
    return this.margin('setPageWidth', 'width', v);
  }
  setPageHeight(v: number): this {
    return this.margin('setPageHeight', 'height', v);
  }
  setMarginTop(v: number): this {
    return this.margin('setMarginTop', 'top', v);
  }
  setMarginBottom(v: number): this {
    return this.margin('setMarginBottom', 'bottom', v);
  }
  setMarginLeft(v: number): this {
    return this.margin('setMarginLeft', 'left', v);
  }
  setMarginRight(v: number): this {
    return this.margin('setMarginRight', 'right', v);
  }
  clear(): this {
    this.s().change(this.rec, 'Body.clear');
    this.children = [new FakeParagraph(this.s, this.rec, 'PARAGRAPH', '')];
    return this;
  }
  getNumChildren(): number {
    this.s().read(this.rec, 'Body.getNumChildren');
    return this.children.length;
  }
  getChild(i: number): FakeElement {
    this.s().read(this.rec, 'Body.getChild');
    return this.children[i]!;
  }
  removeChild(child: FakeElement): this {
    this.s().change(this.rec, 'Body.removeChild');
    if (this.children.length <= 1) throw new Error("Can't remove the last paragraph in a document section.");
    this.children = this.children.filter((c) => c !== child);
    return this;
  }
  appendParagraph(t: string): FakeParagraph {
    this.s().change(this.rec, 'Body.appendParagraph');
    const p = new FakeParagraph(this.s, this.rec, 'PARAGRAPH', t);
    this.children.push(p);
    return p;
  }
  appendListItem(t: string): FakeParagraph {
    this.s().change(this.rec, 'Body.appendListItem');
    const p = new FakeParagraph(this.s, this.rec, 'LIST_ITEM', t);
    this.children.push(p);
    return p;
  }
  appendTable(cells: string[][]): FakeTable {
    this.s().change(this.rec, 'Body.appendTable');
    if (!Array.isArray(cells) || cells.some((r) => r.length !== cells[0]!.length))
      throw new Error('Invalid argument: cells (rows of equal length needed)');
    const t = new FakeTable(this.s, this.rec, cells);
    this.children.push(t);
    return t;
  }
  /**
   * developers.google.com/apps-script/reference/document/body#appendPageBreak(): a PageBreak,
   * which Docs keeps inside a paragraph of its own (its parent), appended to the body.
   */
  appendPageBreak(): { getParent(): FakeParagraph } {
    this.s().change(this.rec, 'Body.appendPageBreak');
    const p = new FakeParagraph(this.s, this.rec, 'PARAGRAPH', '');
    p.pageBreak = true;
    this.children.push(p);
    return { getParent: () => p };
  }
  appendImage(blob: ImageBlob): FakeInlineImage {
    this.s().change(this.rec, 'Body.appendImage');
    const size = blob ? imageSize(blob) : undefined;
    if (!size) throw new Error('Invalid image data.');
    const p = new FakeParagraph(this.s, this.rec, 'PARAGRAPH', '');
    p.image = new FakeInlineImage(this.s, this.rec, p, blob, size.width, size.height);
    this.children.push(p);
    return p.image;
  }
  // —— test helpers ——
  paragraphs(): FakeParagraph[] {
    return this.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
  }
  tables(): FakeTable[] {
    return this.children.filter((c): c is FakeTable => c instanceof FakeTable);
  }
  images(): FakeInlineImage[] {
    return this.paragraphs().flatMap((p) => (p.image ? [p.image] : []));
  }
}

export class FakeUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

/** What a Doc is, across the handles opened on it. */
export class FakeDocStore {
  readonly body: FakeBody;
  readonly viewers: string[] = [];
  unsaved = 0;
  saves = 0;
  session: Session;
  constructor(
    readonly app: FakeDocumentApp,
    readonly id: string,
    public name: string,
  ) {
    this.session = new Session(this);
    this.body = new FakeBody(() => this.session, app.rec);
  }
  get url(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
}

type DocMethods = 'getId' | 'getUrl' | 'getName' | 'setName' | 'saveAndClose';

/** One handle (Document) on a Doc: DocumentApp.create/openById return a fresh one. */
export class FakeDocument implements Partial<Faked<Doc, DocMethods, [Doc, FakeDocument]>> {
  constructor(
    private readonly store: FakeDocStore,
    private readonly session: Session,
    private readonly rec: Recorder,
  ) {}
  getId(): string {
    this.session.read(this.rec, 'Document.getId');
    return this.store.id;
  }
  getUrl(): string {
    this.session.read(this.rec, 'Document.getUrl');
    return this.store.url;
  }
  getName(): string {
    this.session.read(this.rec, 'Document.getName');
    return this.store.name;
  }
  setName(name: string): FakeDocument {
    this.session.change(this.rec, 'Document.setName');
    this.store.name = name;
    return this;
  }
  getBody(): FakeBody {
    this.session.read(this.rec, 'Document.getBody');
    return this.store.body;
  }
  saveAndClose(): void {
    this.rec.hit('Document.saveAndClose');
    this.session.closed = true;
    this.store.unsaved = 0;
    this.store.saves++;
  }
  addViewer(email: string): FakeDocument {
    this.session.read(this.rec, 'Document.addViewer');
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new Error(`Invalid email: ${email}`);
    if (!this.store.viewers.includes(email)) this.store.viewers.push(email);
    return this;
  }
  getViewers(): FakeUser[] {
    this.session.read(this.rec, 'Document.getViewers');
    return this.store.viewers.map((e) => new FakeUser(e));
  }
  getEditors(): FakeUser[] {
    this.session.read(this.rec, 'Document.getEditors');
    return [new FakeUser(this.app().owner)];
  }
  private app(): FakeDocumentApp {
    return this.store.app;
  }
}

export class FakeDocumentApp {
  readonly Attribute = Attribute;
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly GlyphType = GlyphType;
  readonly ElementType = ElementType;
  readonly docs: FakeDocStore[] = [];
  /** Changes allowed between two saves before Docs' "Too many changes" error. */
  changeLimit = 2_000;
  /** The script's owner: an editor of every Doc it makes. */
  owner = 'hieutruong@truong.edu.vn';
  private nextId = 1;

  /** `quotas`: "Documents created 250 / day" (consumer; .../guides/services/quotas). */
  constructor(
    readonly rec: Recorder,
    private readonly quotas?: DailyQuotas,
  ) {}

  create(name: string): FakeDocument {
    this.rec.hit('DocumentApp.create');
    this.quotas?.charge('documents');
    const store = new FakeDocStore(this, `doc-${this.nextId++}`, name);
    this.docs.push(store);
    return new FakeDocument(store, store.session, this.rec);
  }

  openById(id: string): FakeDocument {
    this.rec.hit('DocumentApp.openById');
    const store = this.docs.find((d) => d.id === id);
    if (!store)
      throw new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    store.session.closed = true;
    store.session = new Session(store);
    return new FakeDocument(store, store.session, this.rec);
  }

  /**
   * developers.google.com/apps-script/reference/document/document-app#openByUrl(String): the Doc
   * at a Docs link; a link to nothing (or to a Doc the user cannot read) throws, as openById does.
   */
  openByUrl(url: string): FakeDocument {
    this.rec.hit('DocumentApp.openByUrl');
    const id = /^https:\/\/docs\.google\.com\/document\/d\/([^/?#]+)/.exec(String(url).trim())?.[1];
    const store = id === undefined ? undefined : this.docs.find((d) => d.id === id);
    if (!store)
      throw new Error(`Document is missing (perhaps it was deleted, or you don't have read access?)`);
    store.session.closed = true;
    store.session = new Session(store);
    return new FakeDocument(store, store.session, this.rec);
  }

  /** Test helper: the Doc with this id. */
  doc(id: string): FakeDocStore | undefined {
    return this.docs.find((d) => d.id === id);
  }
}

/** A blob as the Charts service returns it: a PNG of the chart's data. */
export class FakeBlob {
  readonly contentType = 'image/png';
  name = '';
  constructor(
    readonly chart: FakeChartRecord,
    readonly width: number,
    readonly height: number,
  ) {}
  setName(name: string): this {
    this.name = name;
    return this;
  }
  getContentType(): string {
    return this.contentType;
  }
}

/** What a chart was built from: its kind, title and data table. */
export interface FakeChartRecord {
  kind: 'column' | 'bar';
  title: string;
  columns: { type: string; label: string }[];
  rows: unknown[][];
  range?: [number, number];
}

class FakeDataTableBuilder {
  readonly columns: { type: string; label: string }[] = [];
  readonly rows: unknown[][] = [];
  constructor(private readonly rec: Recorder) {}
  addColumn(type: string, label: string): this {
    this.rec.hit('DataTableBuilder.addColumn');
    this.columns.push({ type, label });
    return this;
  }
  addRow(values: unknown[]): this {
    this.rec.hit('DataTableBuilder.addRow');
    if (values.length !== this.columns.length) throw new Error('Row length does not match the columns.');
    this.rows.push([...values]);
    return this;
  }
  build(): FakeDataTableBuilder {
    this.rec.hit('DataTableBuilder.build');
    return this;
  }
}

class FakeChartBuilder {
  private record: FakeChartRecord;
  private size = { width: 600, height: 400 };
  constructor(
    private readonly rec: Recorder,
    kind: 'column' | 'bar',
  ) {
    this.record = { kind, title: '', columns: [], rows: [] };
  }
  setDataTable(table: FakeDataTableBuilder): this {
    this.rec.hit('ChartBuilder.setDataTable');
    this.record = { ...this.record, columns: table.columns, rows: table.rows };
    return this;
  }
  setTitle(t: string): this {
    this.record.title = t;
    return this;
  }
  setXAxisTitle(_t: string): this {
    return this;
  }
  setYAxisTitle(_t: string): this {
    return this;
  }
  setRange(a: number, b: number): this {
    this.record.range = [a, b];
    return this;
  }
  setDimensions(w: number, h: number): this {
    this.size = { width: w, height: h };
    return this;
  }
  build() {
    this.rec.hit('ChartBuilder.build');
    if (this.record.columns.length === 0) throw new Error('The chart has no data table.');
    const record = this.record;
    const size = this.size;
    return {
      getAs: (type: string): FakeBlob => {
        this.rec.hit('Chart.getAs');
        if (type !== 'image/png') throw new Error(`Unsupported type ${type}`);
        return new FakeBlob(record, size.width, size.height);
      },
    };
  }
}

export class FakeCharts {
  readonly ColumnType = { STRING: 'STRING', NUMBER: 'NUMBER', DATE: 'DATE' } as const;
  constructor(private readonly rec: Recorder) {}
  newDataTable(): FakeDataTableBuilder {
    this.rec.hit('Charts.newDataTable');
    return new FakeDataTableBuilder(this.rec);
  }
  newColumnChart(): FakeChartBuilder {
    this.rec.hit('Charts.newColumnChart');
    return new FakeChartBuilder(this.rec, 'column');
  }
  newBarChart(): FakeChartBuilder {
    this.rec.hit('Charts.newBarChart');
    return new FakeChartBuilder(this.rec, 'bar');
  }
}

/** DocumentApp calls of a recorder: the report's cost in Apps Script. */
export function documentCalls(rec: Recorder): number {
  const prefixes = [
    'DocumentApp.',
    'Document.',
    'Body.',
    'Paragraph.',
    'ListItem.',
    'Table',
    'Text.',
    'InlineImage.',
  ];
  return Object.entries(rec.calls)
    .filter(([k]) => prefixes.some((p) => k.startsWith(p)))
    .reduce((a, [, n]) => a + n, 0);
}
