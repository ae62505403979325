import { isLocalDateTime, type Cell, type LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import { formatDayDate, formatLongDate, formatTime } from '../i18n/dates';
import type { Activity, Language, Settings } from '../plan';
import type { ReportBlock, ReportModel, Run } from '../report/blocks';
import { choiceLabel } from '../sheet-language';
import { YES_WORD, NO_WORD } from '../codec';
import { categoryOf } from './activity-facts';

/**
 * The school's KẾ HOẠCH from the sheet, as blocks the report's renderers lay out (Nghị định
 * 30/2020: letterhead, title, sections). The seed's structure: I. Mục đích yêu cầu; II. Nội dung
 * tổ chức (chủ đề, thời gian, nội dung thực hiện with the activities); III. Tổ chức thực hiện
 * (who is in charge of what). Every year and date comes from Settings, and a "năm 2020" left in
 * a 2021 plan's own sentences is written with the plan's year: the slip cannot reach the document.
 * Each activity's facts are written as labelled "+" lines, which the importer reads back.
 */
export interface PlanDocumentInput {
  readonly settings: Settings;
  /** Multi-line texts as typed in their cells (one basis, purpose or note a line). */
  readonly lines: {
    readonly basis: readonly string[];
    readonly preamble: readonly string[];
    readonly purposes: readonly string[];
    readonly planNotes: readonly string[];
  };
  readonly planDate?: LocalDateTime;
  readonly activities: readonly Activity[];
  /** When the document is made (wall clock of the school). */
  readonly at: LocalDateTime;
}

export function planDocumentModel(input: PlanDocumentInput): ReportModel {
  const s = input.settings;
  const lang: Language = s.language;
  const t = catalogue(lang).planDocument;
  const year = String(s.year);
  const fix = (text: string): string => withPlanYear(text, s.year);
  const para = (text: string, extra: Partial<Run> = {}): ReportBlock => ({
    kind: 'paragraph',
    align: 'justify',
    runs: [{ text, ...extra }],
  });
  const dash = (text: string): ReportBlock => para(`- ${text}`);
  const activities = input.activities.filter((a) => a.status !== 'hủy');

  const blocks: ReportBlock[] = [
    {
      kind: 'letterhead',
      left: [
        { text: s.governingBody ? s.governingBody.toUpperCase() : t.notFilled },
        { text: s.school ? s.school.toUpperCase() : t.notFilled, bold: true, underline: true },
        { text: t.number(s.planNumber ?? t.notFilled) },
      ],
      right: [
        { text: catalogue(lang).report.header.nation, bold: true },
        { text: catalogue(lang).report.header.motto, bold: true, underline: true },
        {
          text: t.placeDate(
            s.place ?? t.notFilled,
            input.planDate ? formatLongDate(input.planDate, lang) : t.undatedLine(year),
          ),
          italic: true,
        },
      ],
    },
    { kind: 'heading', level: 0, number: '', text: t.title },
    { kind: 'paragraph', role: 'subtitle', align: 'center', runs: [{ text: t.subtitle(year), bold: true }] },
    ...input.lines.basis.map((b) => para(t.basis(b), { italic: true })),
    ...input.lines.preamble.map((p) => para(fix(p))),
    { kind: 'heading', level: 1, number: 'I.', text: t.sectionI },
    ...input.lines.purposes.map((p) => dash(fix(p))),
    { kind: 'heading', level: 1, number: 'II.', text: t.sectionII },
    { kind: 'heading', level: 2, number: '1.', text: t.theme(s.theme) },
    { kind: 'heading', level: 2, number: '2.', text: t.time },
    dash(t.range(formatLongDate(s.weekStart, 'vi'), formatLongDate(s.weekEnd, 'vi'))),
    { kind: 'heading', level: 2, number: '3.', text: t.content },
  ];
  if (activities.length === 0) blocks.push(para(t.noActivities, { italic: true }));
  for (const a of activities) blocks.push(...activityBlocks(a, s, lang, fix));

  blocks.push({ kind: 'heading', level: 1, number: 'III.', text: t.sectionIII });
  for (const [owner, ids] of owners(activities)) blocks.push(dash(t.owner(owner, ids.join(', '))));
  if (s.governingBody) blocks.push(dash(t.reportTo(s.governingBody)));
  if (s.wardAssociation) blocks.push(dash(t.nominationsTo(s.wardAssociation)));
  if (input.lines.planNotes.length > 0) {
    blocks.push(para(t.notesTitle, { bold: true }));
    for (const note of input.lines.planNotes) blocks.push(dash(fix(note)));
  }
  blocks.push(para(t.closing(year, s.school || t.notFilled)));
  const recipients = (s.recipientsNote ?? '')
    .split(';')
    .map((r) => r.trim())
    .filter((r) => r !== '')
    .map((r, i, all) => `- ${r}${i === all.length - 1 ? '.' : ';'}`);
  blocks.push({
    kind: 'signature',
    recipientsTitle: t.recipientsTitle,
    recipients,
    signerTitle: (s.signerTitle ?? t.signerTitle).toUpperCase(),
    signerName: s.signerName ?? '',
  });
  return {
    language: lang,
    year: s.year,
    at: input.at,
    preview: false,
    fileName: t.fileName(year),
    documentTitle: t.documentTitle(year),
    blocks,
    charts: [],
    headline: [],
  };
}

function activityBlocks(a: Activity, s: Settings, lang: Language, fix: (t: string) => string): ReportBlock[] {
  const t = catalogue(lang).planDocument;
  const field = (label: string, value: string): ReportBlock => ({
    kind: 'paragraph',
    align: 'left',
    runs: [{ text: `+ ${label}: `, italic: true }, { text: value }],
  });
  const out: ReportBlock[] = [
    { kind: 'paragraph', align: 'justify', runs: [{ text: `- ${fix(a.title)} (${a.id})`, bold: true }] },
  ];
  const f = t.fields;
  if (categoryOf(a.title) !== a.category) out.push(field(f.category, choiceLabel(a.category, lang)));
  if (a.start && a.end) out.push(field(f.when, whenText(a.start, a.end, a.timeConfirmed, lang)));
  if (a.location) out.push(field(f.location, a.location));
  if (a.platform) out.push(field(f.platform, a.platform));
  if (a.link) out.push(field(f.link, a.link));
  if (a.audience) out.push(field(f.audience, choiceLabel(a.audience, lang)));
  if (a.capacity !== undefined) out.push(field(f.capacity, String(a.capacity)));
  if (a.owner) out.push(field(f.owner, a.owner));
  out.push(field(f.invite, choiceLabel(a.invite ? YES_WORD : NO_WORD, lang)));
  if (a.category === 'khai mạc') out.push(field(f.target, t.targetText(String(s.openingTarget))));
  const notes = a.resultNotes ? withoutSlipNotes(a.resultNotes) : '';
  if (notes) out.push(field(f.notes, fix(notes)));
  return out;
}

function whenText(start: LocalDateTime, end: LocalDateTime, confirmed: boolean, lang: Language): string {
  const t = catalogue(lang).planDocument;
  const sameDay = start.iso.slice(0, 10) === end.iso.slice(0, 10);
  const text = sameDay
    ? t.sameDay(formatDayDate(start, lang), formatTime(start), formatTime(end))
    : t.days(
        t.dayTime(formatTime(start), formatDayDate(start, lang)),
        t.dayTime(formatTime(end), formatDayDate(end, lang)),
      );
  return confirmed ? text : `${text} ${t.unconfirmed}`;
}

/** Owners in the order their first activity comes, each with the ids they are in charge of. */
function owners(activities: readonly Activity[]): [string, string[]][] {
  const map = new Map<string, string[]>();
  for (const a of activities) if (a.owner) map.set(a.owner, [...(map.get(a.owner) ?? []), a.id]);
  return [...map.entries()];
}

/**
 * "năm 2020" in the text of a 2021 plan (alone or ending a date: "ngày 05 tháng 10 năm 2020"), the
 * slip of last year's file, written with the plan's year. Legal bases are not passed through here.
 */
export function withPlanYear(text: string, year: number): string {
  return text.replace(/năm\s+(\d{4})(?!\d)/gu, (all, y: string) =>
    Number(y) < year && Number(y) >= year - 3 ? `năm ${year}` : all,
  );
}

/**
 * The importer's note about a wrong year in the source ("Văn bản gốc ghi … (nhầm năm); đề xuất …")
 * tells the principal about last year's file; the new document has the right date and leaves it out.
 */
function withoutSlipNotes(notes: string): string {
  let out = notes;
  for (const lang of ['vi', 'en'] as const) {
    const pattern = catalogue(lang)
      .planDocument.notes.otherYear('\u0000', '\u0001')
      .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      .replace('\u0000', '[^”]*')
      .replace('\u0001', '\\d{2}/\\d{2}/\\d{4}');
    out = out.replace(new RegExp(`${pattern}\\s*`, 'gu'), '');
  }
  return out.trim();
}

/** A multi-line cell as its lines (a sheet cell keeps the principal's line breaks). */
export function cellLines(cell: Cell | undefined): string[] {
  if (cell === null || cell === undefined) return [];
  const text = isLocalDateTime(cell) ? cell.iso : String(cell);
  return text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}
