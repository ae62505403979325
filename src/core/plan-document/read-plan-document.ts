import { catalogue } from '../i18n/catalogue';
import { foldKey } from '../text';
import { dayMentions, type DayMention } from './date-mentions';
import { planLines, type PlanLine } from './plan-lines';
import {
  fieldOf,
  NOTES_TITLES,
  RECIPIENTS_TITLES,
  SECTION_WORDS,
  startsWithWord,
  SUBSECTION_WORDS,
  TITLE_WORDS,
  type FieldKey,
} from './plan-words';

/** One "-" (or numbered, or unmarked) entry of the plan's lists of what will be done. */
export interface DocItem {
  readonly line: PlanLine;
  text: string;
  readonly fields: Partial<Record<FieldKey, string>>;
  /** "+" lines under it that are neither fields nor items of their own: its ghi chú. */
  readonly details: PlanLine[];
  /** The range its group heading states ("3.2. … từ ngày 01/10/2021 đến 07/10/2021"). */
  readonly groupRange?: readonly [DayMention, DayMention];
  readonly section: 'content' | 'organisation';
}

/** The parts of a KẾ HOẠCH, each line placed once; `notes` keeps the lines no part takes. */
export interface PlanDocument {
  readonly lines: readonly PlanLine[];
  /** Letterhead lines above the school's (the governing body is the one just above it). */
  readonly headerLines: PlanLine[];
  schoolHeader?: string;
  number?: string;
  place?: string;
  planDate?: DayMention;
  subtitle?: PlanLine;
  readonly bases: PlanLine[];
  readonly preamble: PlanLine[];
  readonly purposes: PlanLine[];
  theme?: string;
  range?: { readonly start: DayMention; readonly end: DayMention; readonly line: PlanLine };
  readonly items: DocItem[];
  readonly notes: PlanLine[];
  reportTo?: string;
  /** Where the chosen families are sent: the ward's association. */
  nominationsTo?: string;
  closing?: PlanLine;
  readonly recipients: string[];
  signerTitle?: string;
  signerName?: string;
}

type Section = 'prelude' | 'purposes' | 'content' | 'organisation' | 'closing' | 'signature';
type Sub = 'none' | 'theme' | 'time' | 'activities' | 'other';

const ROMAN = /^(I{1,3}|IV|VI{0,3}|IX|X)\.\s*(.*)$/u;
const LEVEL1 = /^(\d{1,2})\.\s*(.*)$/u;
const LEVEL2 = /^(\d{1,2})\.(\d{1,2})\.?\s*(.*)$/u;
/** What the product writes in an empty section: it is not an activity. */
const NO_ACTIVITIES = [catalogue('vi'), catalogue('en')].map((c) => c.planDocument.noActivities);

/** Section III's "who does what" lines start with a role: they assign work, they are not activities. */
const ROLE =
  /^(?:Hiệu trưởng|Phó hiệu trưởng|Ban giám hiệu|Tổ trưởng|Tổ chuyên môn|Giáo viên|Nhân viên|Kế toán|Các tổ|Các bộ phận|Tổng phụ trách|Công đoàn|Chi đoàn|Đoàn thanh niên)(?![\p{L}])/iu;
/** "Kinh phí: …", "Lưu ý: …" inside a list: a remark about the plan, kept as a note. */
const NOT_ACTIVITY = /^(?:Kinh phí|Nguồn kinh phí|Lưu ý|Chế độ báo cáo)\s*:/iu;
const NATIONAL = [
  'cong hoa xa hoi chu nghia viet nam',
  'doc lap tu do hanh phuc',
  'socialist republic of viet nam',
];
const PLACE_DATE =
  /^(.+?),\s*(ngày\s+.+?\s+tháng\s+.+?\s+năm\s+\d{4}|(?:…|\.\.\.|\d{1,2})\/(?:…|\.\.\.|\d{1,2})\/\d{4})\.?$/u;
const NUMBER = /^(?:Số|No\.)\s*:?\s*(.*)$/iu;
const OWNER_LINE = /^\S+@\S+\s*:.*\b[A-Z]{1,4}\d{1,4}\b/u;
/** A sentence of the catalogue as a pattern, its one parameter captured: what the product wrote reads back. */
const sentencePattern = (make: (x: string) => string): RegExp =>
  new RegExp(
    `^${make('\u0000')
      .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      .replace('\u0000', '(.+)')}$`,
    'u',
  );
const BOTH = [catalogue('vi').planDocument, catalogue('en').planDocument];
const REPORT_TO = BOTH.map((c) => sentencePattern(c.reportTo));
const NOMINATIONS_TO = BOTH.map((c) => sentencePattern(c.nominationsTo));

/** Reads the text of a plan (a .txt, or the paragraphs of a Doc/.docx joined by line breaks). */
export function readPlanDocument(text: string): PlanDocument {
  const lines = planLines(text);
  const doc: PlanDocument = {
    lines,
    headerLines: [],
    bases: [],
    preamble: [],
    purposes: [],
    items: [],
    notes: [],
    recipients: [],
  };
  let section: Section = 'prelude';
  let sub: Sub = 'none';
  let contentNumber = 0;
  let sawTitle = false;
  let afterTitle = false;
  let groupRange: readonly [DayMention, DayMention] | undefined;
  let intro: DocItem | undefined;
  let inNotes = false;
  let underIntro = false;

  const addItem = (line: PlanLine, where: DocItem['section']): DocItem => {
    const item: DocItem = {
      line,
      text: line.body,
      fields: {},
      details: [],
      ...(groupRange && where === 'content' ? { groupRange } : {}),
      section: where,
    };
    doc.items.push(item);
    intro = /:$/.test(line.body) ? item : undefined;
    return item;
  };
  const current = (): DocItem | undefined => doc.items[doc.items.length - 1];

  /** A line of a list of activities: a field, a detail, an item, or (under an intro) an item of its own. */
  const itemLine = (line: PlanLine, where: DocItem['section']): void => {
    if (NO_ACTIVITIES.includes(line.body)) return;
    if (NOT_ACTIVITY.test(line.body)) {
      doc.notes.push(line);
      return;
    }
    const last = current();
    const field = last && last.section === where ? fieldOf(line.body) : undefined;
    if (field && last) {
      last.fields[field[0]] = field[1];
      return;
    }
    if (line.marker !== '+') underIntro = false;
    if (collective(line.body)) {
      if (last) last.details.push(line);
      else doc.notes.push(line);
      return;
    }
    if (line.marker === '+') {
      if (intro && intro === last) {
        // "- Tổ chức tuyên truyền … bằng nhiều hình thức:" introduces the "+" items: kept as a note.
        doc.items.pop();
        doc.notes.push(intro.line);
        underIntro = true;
      }
      if (!underIntro && last && last.section === where) {
        last.details.push(line);
        return;
      }
    }
    addItem(line, where);
  };

  for (const line of lines) {
    const t = line.text;
    const f = foldKey(t);
    if (/^(Trên đây là|This is the plan)/u.test(t)) {
      section = 'closing';
      doc.closing = line;
      continue;
    }
    if (section === 'closing' || section === 'signature') {
      if (startsWithWord(t, RECIPIENTS_TITLES)) {
        section = 'signature';
        const rest = t.slice(t.indexOf(':') + 1).trim();
        if (rest) doc.recipients.push(cleanRecipient(rest));
        continue;
      }
      if (section === 'signature' && doc.signerTitle === undefined && /^[-–•+]/u.test(t)) {
        doc.recipients.push(cleanRecipient(line.body));
        continue;
      }
      if (isUpper(t) && doc.signerName === undefined) {
        doc.signerTitle = doc.signerTitle ? `${doc.signerTitle} ${t}` : t;
        continue;
      }
      if (/^\(.*\)$/u.test(t)) continue;
      if (doc.signerTitle !== undefined && doc.signerName === undefined) {
        doc.signerName = t;
        continue;
      }
      doc.notes.push(line);
      continue;
    }

    const roman = ROMAN.exec(t);
    if (roman && t.length < 90) {
      const words = roman[2]!;
      section = startsWithWord(words, SECTION_WORDS.purposes)
        ? 'purposes'
        : startsWithWord(words, SECTION_WORDS.organisation)
          ? 'organisation'
          : startsWithWord(words, SECTION_WORDS.content)
            ? 'content'
            : (({ I: 'purposes', II: 'content', III: 'organisation' } as const)[roman[1]!] ?? 'organisation');
      sub = 'none';
      intro = undefined;
      inNotes = false;
      groupRange = undefined;
      continue;
    }

    if (section === 'prelude') {
      if (NATIONAL.some((n) => f.startsWith(n))) continue;
      const number = NUMBER.exec(t);
      if (number && !sawTitle) {
        doc.number = number[1]!.trim();
        continue;
      }
      const placeDate = PLACE_DATE.exec(t);
      if (placeDate && !sawTitle) {
        const place = placeDate[1]!.trim();
        if (/[\p{L}\d]/u.test(place)) doc.place = place;
        const day = dayMentions(placeDate[2]!)[0];
        if (day) doc.planDate = day;
        continue;
      }
      if (TITLE_WORDS.includes(f)) {
        sawTitle = true;
        afterTitle = true;
        continue;
      }
      if (/^(?:Căn cứ|Pursuant to)\s/u.test(t)) {
        doc.bases.push(line);
        afterTitle = false;
        continue;
      }
      if (afterTitle && doc.subtitle === undefined && doc.bases.length === 0) {
        doc.subtitle = line;
        afterTitle = false;
        continue;
      }
      if (!sawTitle) {
        doc.headerLines.push(line);
        continue;
      }
      doc.preamble.push(line);
      continue;
    }

    if (section === 'purposes') {
      doc.purposes.push(line);
      continue;
    }

    if (section === 'content') {
      const level2 = LEVEL2.exec(t);
      if (level2 && (sub === 'activities' || t.length < 200)) {
        sub = 'activities';
        intro = undefined;
        const days = dayMentions(level2[3]!);
        groupRange = days.length >= 2 ? [days[0]!, days[days.length - 1]!] : undefined;
        continue;
      }
      const level1 = LEVEL1.exec(t);
      if (level1 && !(sub === 'activities' && !startsWithAnySub(level1[2]!))) {
        const words = level1[2]!;
        groupRange = undefined;
        intro = undefined;
        if (startsWithWord(words, SUBSECTION_WORDS.theme)) {
          sub = 'theme';
          const theme = words.slice(words.indexOf(':') + 1).trim();
          if (words.includes(':') && theme) doc.theme = unquote(theme);
        } else if (startsWithWord(words, SUBSECTION_WORDS.time)) {
          sub = 'time';
          readRange(doc, line, words);
        } else if (startsWithWord(words, SUBSECTION_WORDS.content)) {
          sub = 'activities';
          contentNumber = Number(level1[1]);
        } else {
          sub = 'other';
          doc.notes.push(line);
        }
        continue;
      }
      if (sub === 'theme' && doc.theme === undefined) {
        doc.theme = unquote(line.body);
        continue;
      }
      if (sub === 'time' && doc.range === undefined && readRange(doc, line, line.body)) continue;
      if (sub === 'activities') {
        itemLine(line, 'content');
        continue;
      }
      doc.notes.push(line);
      continue;
    }

    // Section III: who does what; the product's own lines (owners, report) are read back.
    if (inNotes) {
      doc.notes.push(line);
      continue;
    }
    if (NOTES_TITLES.some((w) => f === w)) {
      inNotes = true;
      continue;
    }
    if (OWNER_LINE.test(line.body)) continue;
    const reportTo = captured(REPORT_TO, line.body);
    if (reportTo) {
      doc.reportTo = reportTo;
      continue;
    }
    const nominationsTo = captured(NOMINATIONS_TO, line.body);
    if (nominationsTo) {
      doc.nominationsTo = nominationsTo;
      continue;
    }
    if (/^xây dựng (?:và ban hành )?kế hoạch/iu.test(line.body) || ROLE.test(line.body)) {
      doc.notes.push(line);
      continue;
    }
    itemLine(line, 'organisation');
  }
  void contentNumber;
  return doc;
}

const captured = (patterns: readonly RegExp[], text: string): string | undefined => {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[1]!.trim();
  }
  return undefined;
};

const startsWithAnySub = (words: string): boolean =>
  startsWithWord(words, SUBSECTION_WORDS.theme) ||
  startsWithWord(words, SUBSECTION_WORDS.time) ||
  (startsWithWord(words, SUBSECTION_WORDS.content) && words.length < 60);

/** "Các hoạt động tuyên truyền phải …": a sentence about the activities, not one of them. */
const collective = (text: string): boolean => /^(Các|Mọi) hoạt động(?![\p{L}])/u.test(text);

function readRange(doc: PlanDocument, line: PlanLine, text: string): boolean {
  const days = dayMentions(text);
  if (days.length < 2) return false;
  doc.range = { start: days[0]!, end: days[1]!, line };
  return true;
}

const unquote = (text: string): string =>
  text
    .replace(/^[“"'‘«]+|[”"'’»]+\.?$/gu, '')
    .replace(/\.$/u, '')
    .trim();

const cleanRecipient = (text: string): string =>
  text
    .replace(/^[-–•+]\s*/u, '')
    .replace(/[;.,]+$/u, '')
    .trim();

/** An all-capitals line ("HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG"): letters only counted. */
function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}
