import { addMinutes, localDateTime, withTime, type Cell, type LocalDateTime } from '../cell';
import { YES_WORD, NO_WORD } from '../codec';
import { catalogue } from '../i18n/catalogue';
import { formatShortDate } from '../i18n/dates';
import type { Language } from '../plan';
import type { SettingKey } from '../schema/settings';
import {
  ACTIVITY_CATEGORIES,
  AUDIENCE_NONE,
  AUDIENCE_WORDS,
  ONLINE_PLATFORMS,
  type ActivityCategory,
} from '../schema/tables';
import type { ActivityRecord } from '../seed/activities';
import { matchChoice } from '../sheet-language';
import { foldKey } from '../text';
import { activityFacts } from './activity-facts';
import { clockMentions, dayMentions, yearMentions, type DayMention, type PartOfDay } from './date-mentions';
import { restoreCase, schoolAndBody } from './plan-names';
import { readPlanDocument, type DocItem, type PlanDocument } from './read-plan-document';

/** The Settings a plan document states; the others (mail, reminders, forms) are the sheet's own. */
export const DOCUMENT_SETTING_KEYS = [
  'school',
  'governingBody',
  'wardAssociation',
  'planNumber',
  'basis',
  'basisDate',
  'preamble',
  'planDate',
  'purposes',
  'year',
  'theme',
  'weekStart',
  'weekEnd',
  'place',
  'openingTarget',
  'signerTitle',
  'signerName',
  'recipientsNote',
  'planNotes',
] as const satisfies readonly SettingKey[];
export type DocumentSettingKey = (typeof DOCUMENT_SETTING_KEYS)[number];

export interface ImportFinding {
  readonly text: string;
  readonly line?: number;
  readonly activityId?: string;
}

export interface ImportedPlan {
  readonly year: number;
  /** Only what the document states; a key left out means "the document does not say". */
  readonly settings: Partial<Record<DocumentSettingKey, Cell>>;
  readonly activities: ActivityRecord[];
  readonly findings: ImportFinding[];
}

export interface ImportOptions {
  /** The year to use when the document names none (the caller's clock). */
  readonly fallbackYear: number;
  /** The language of the findings and of the notes written on activities. */
  readonly language?: Language;
}

/** Proposed hours when the text gives a day but no clock time (marked unconfirmed). */
const SLOTS: Record<PartOfDay | 'day', [[number, number], [number, number]]> = {
  sáng: [
    [7, 30],
    [11, 0],
  ],
  chiều: [
    [14, 0],
    [16, 0],
  ],
  tối: [
    [19, 0],
    [21, 0],
  ],
  day: [
    [8, 0],
    [10, 0],
  ],
};
const WEEK_FROM = 7;
const WEEK_TO = 17;

/** A plan's text → the Settings it states, its activities as rows of the Activities tab, findings. */
export function importPlanText(text: string, options: ImportOptions): ImportedPlan {
  return importPlanDocument(readPlanDocument(text), options);
}

function importPlanDocument(doc: PlanDocument, options: ImportOptions): ImportedPlan {
  const t = catalogue(options.language).planDocument;
  const findings: ImportFinding[] = [];
  const { year, stated } = planYear(doc, options.fallbackYear);
  if (!stated) findings.push({ text: t.findings.noYear(year) });
  const start = doc.range ? dayOf(doc.range.start, year) : localDateTime(year, 10, 1);
  const end = doc.range ? dayOf(doc.range.end, year) : localDateTime(year, 10, 7);
  if (!doc.range) findings.push({ text: t.findings.noWeek(formatShortDate(start), formatShortDate(end)) });

  const settings: Partial<Record<DocumentSettingKey, Cell>> = {};
  const put = (key: DocumentSettingKey, value: Cell | undefined): void => {
    if (value !== undefined && value !== null && value !== '') settings[key] = value;
  };
  const { school, body, bodyFromBasis } = schoolAndBody(doc);
  put('school', school);
  put('governingBody', body);
  if (body && bodyFromBasis) findings.push({ text: t.findings.bodyFromBasis(body) });
  put('wardAssociation', wardAssociation(doc));
  if (doc.number !== undefined) put('planNumber', /\d/.test(doc.number) ? doc.number : null);
  const bases = doc.bases.map((l) => basisText(l.text));
  put('basis', bases.join('\n'));
  const basisDay = dayMentions(bases[0] ?? '').find((d) => d.year !== undefined);
  if (basisDay) put('basisDate', dayOf(basisDay, year));
  put('preamble', doc.preamble.map((l) => l.text).join('\n'));
  if (doc.planDate?.year !== undefined) put('planDate', dayOf(doc.planDate, year));
  put('purposes', doc.purposes.map((l) => l.body).join('\n'));
  put('year', year);
  put('theme', doc.theme);
  put('weekStart', start);
  put('weekEnd', end);
  put('place', doc.place);
  put('signerTitle', doc.signerTitle);
  put('signerName', doc.signerName);
  put('recipientsNote', doc.recipients.join('; '));

  const week = { start, end: withTime(end, 23, 59), year };
  const activities = mergeRepeats(doc.items).map((item, i) => ({ item, i }));
  const ids = assignIds(activities.map(({ item }) => item.fields.id ?? titleAndId(item.text).id));
  const records: ActivityRecord[] = [];
  for (const { item, i } of activities) {
    const id = ids[i]!;
    const built = activityRecord(item, id, week, options.language);
    records.push(built.record);
    findings.push(...built.findings);
    if (built.openingTarget !== undefined && settings.openingTarget === undefined)
      put('openingTarget', built.openingTarget);
    for (const detail of item.details)
      findings.push({
        line: detail.number,
        text: t.findings.lineKept(detail.number, t.findings.activityNote(id), detail.body),
      });
  }
  if (records.length === 0) findings.push({ text: t.findings.noActivities });

  put('planNotes', doc.notes.map((l) => l.body).join('\n'));
  for (const note of doc.notes)
    findings.push({
      line: note.number,
      text: t.findings.lineKept(note.number, t.findings.settingsNote, note.body),
    });
  findings.push(...staleYears(doc, year, options.language));
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { year, settings, activities: records, findings };
}

/** The plan's year: its period's, else its title's, else the one its text names most. */
function planYear(doc: PlanDocument, fallback: number): { year: number; stated: boolean } {
  const fromRange = doc.range?.start.year ?? doc.range?.end.year;
  if (fromRange !== undefined) return { year: fromRange, stated: true };
  const title = [doc.subtitle?.text, doc.closing?.text].find((x) => x && yearMentions(x).length > 0);
  if (title) return { year: yearMentions(title)[0]!.year, stated: true };
  const counts = new Map<number, number>();
  for (const line of doc.lines) {
    for (const y of [
      ...yearMentions(line.text).map((m) => m.year),
      ...dayMentions(line.text).map((d) => d.year),
    ])
      if (y !== undefined) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? { year: best[0], stated: true } : { year: fallback, stated: false };
}

function dayOf(d: DayMention, year: number): LocalDateTime {
  return localDateTime(d.year ?? year, d.month, d.day);
}

/** "Căn cứ kế hoạch số 271/KH- UBND …;" → "Kế hoạch số 271/KH-UBND …". */
function basisText(text: string): string {
  const body = text
    .replace(/^(?:Căn cứ|Pursuant to)\s+/u, '')
    .replace(/[;.,]+$/u, '')
    .replace(/(\d+\/[\p{Lu}Đ]+)-\s+(?=\p{Lu})/gu, '$1-')
    .trim();
  return body.charAt(0).toUpperCase() + body.slice(1);
}

function wardAssociation(doc: PlanDocument): string | undefined {
  if (doc.nominationsTo) return doc.nominationsTo;
  // A document the product wrote names the association in its own line, or has none.
  if (doc.reportTo !== undefined) return undefined;
  for (const line of doc.lines) {
    const m =
      /Hội khuyến học\s+(?:Phường|Xã|Thị trấn)\s+.+?(?=\s+(?:tổ chức|về|để)(?![\p{L}])|[,;.()“”"]|$)/u.exec(
        line.text,
      );
    if (m) return restoreCase(m[0].trim(), doc);
  }
  return undefined;
}

/**
 * Section III often repeats a one-off of section II ("Tổ chức tổng kết…"): the same event, so
 * it is one activity, with the fuller wording. Activities the product wrote (with an id) never merge.
 */
function mergeRepeats(items: readonly DocItem[]): DocItem[] {
  const out: DocItem[] = [];
  const single: ActivityCategory[] = ['khai mạc', 'tổng kết-khen thưởng'];
  for (const item of items) {
    const category = activityFacts(item.text).category;
    const earlier =
      item.section === 'organisation' && Object.keys(item.fields).length === 0 && single.includes(category)
        ? out.find((o) => Object.keys(o.fields).length === 0 && activityFacts(o.text).category === category)
        : undefined;
    if (earlier) {
      if (titleOf(item.text).length > titleOf(earlier.text).length) earlier.text = item.text;
      earlier.details.push(...item.details);
      continue;
    }
    out.push(item);
  }
  return out;
}

function assignIds(stated: readonly (string | undefined)[]): string[] {
  const used = new Set(stated.filter((s): s is string => !!s));
  let next = 1;
  return stated.map((s) => {
    if (s) return s;
    let id: string;
    do id = `HD${String(next++).padStart(2, '0')}`;
    while (used.has(id));
    used.add(id);
    return id;
  });
}

const titleOf = (text: string): string => text.replace(/[.;:]+$/u, '').trim();

/** The location of an online activity whose text names a platform and no place. */
const ONLINE_LOCATION = 'Trực tuyến';

/** "Treo cờ … (HD03)": the product writes each activity's id after its title. */
export function titleAndId(text: string): { title: string; id?: string } {
  const m = /^(.*\S)\s+\(([A-Z]{1,4}\d{1,4})\)$/u.exec(titleOf(text));
  return m ? { title: m[1]!, id: m[2]! } : { title: titleOf(text) };
}

interface Built {
  record: ActivityRecord;
  findings: ImportFinding[];
  openingTarget?: number;
}

function activityRecord(
  item: DocItem,
  id: string,
  week: { start: LocalDateTime; end: LocalDateTime; year: number },
  language: Language | undefined,
): Built {
  const t = catalogue(language).planDocument;
  const f = item.fields;
  // An item with labelled lines was written by the product: its lines say everything, nothing is inferred.
  const own = Object.keys(f).length > 0;
  const facts = activityFacts(item.text);
  const findings: ImportFinding[] = [];
  const notes: string[] = [];
  const line = item.line.number;

  const when = timesOf(f.when ?? (own ? '' : item.text), item, week, id, language);
  findings.push(...when.findings.map((text) => ({ text, line, activityId: id })));
  notes.push(...when.notes);

  const category =
    (f.category !== undefined ? matchChoice(f.category, ACTIVITY_CATEGORIES) : undefined) ?? facts.category;
  let openingTarget: number | undefined;
  const targetText = f.target ?? (own ? undefined : facts.target?.text);
  if (targetText !== undefined) {
    const percent = activityFacts(targetText).target?.percent;
    if (percent === undefined)
      findings.push({ line, activityId: id, text: t.findings.targetUnreadable(id, targetText) });
    if (percent !== undefined && category === 'khai mạc') openingTarget = percent;
    if (!own) notes.push(t.notes.target(targetText));
  }
  if (!own && !when.confirmed && when.single) notes.push(t.notes.proposedTime);
  notes.push(...item.details.map((d) => d.body));

  const audience = own
    ? f.audience === undefined
      ? null
      : (matchChoice(f.audience, AUDIENCE_WORDS) ?? f.audience)
    : facts.audience;
  const platform = own
    ? f.platform === undefined
      ? undefined
      : (matchChoice(f.platform, ONLINE_PLATFORMS) ?? f.platform)
    : facts.platform;
  const capacity = own
    ? f.capacity === undefined
      ? null
      : Number(f.capacity.replace(/\D/g, '')) || null
    : (facts.capacity ?? null);
  const invite = own ? yes(f.invite ?? '') : when.single && audience !== AUDIENCE_NONE;
  const noteText = [...(f.notes !== undefined ? [f.notes] : []), ...notes].join(' ');
  const title = titleAndId(item.text);
  const location = own ? f.location : (facts.location ?? (platform ? ONLINE_LOCATION : undefined));
  return {
    record: {
      id,
      title: title.title,
      category,
      start: when.start,
      end: when.end,
      timeConfirmed: when.confirmed ? YES_WORD : NO_WORD,
      location: location ?? null,
      platform: platform ?? null,
      link: (own ? f.link : facts.link) ?? null,
      owner: (own ? f.owner : facts.owner) ?? null,
      audience,
      capacity,
      invite: invite ? YES_WORD : NO_WORD,
      status: 'kế hoạch',
      resultNotes: noteText === '' ? null : noteText,
      evidence: null,
    },
    findings,
    ...(openingTarget !== undefined ? { openingTarget } : {}),
  };
}

const yes = (text: string): boolean => ['co', 'yes', 'x', 'true'].includes(foldKey(text));

interface Times {
  start: LocalDateTime;
  end: LocalDateTime;
  confirmed: boolean;
  /** One day with proposed or stated hours (not a span of days). */
  single: boolean;
  findings: string[];
  notes: string[];
}

/** When the activity happens, from its text (or its "Thời gian" line), the week and its group's range. */
function timesOf(
  text: string,
  item: DocItem,
  week: { start: LocalDateTime; end: LocalDateTime; year: number },
  id: string,
  language: Language | undefined,
): Times {
  const t = catalogue(language).planDocument;
  const findings: string[] = [];
  const notes: string[] = [];
  const unconfirmedMark = [catalogue('vi'), catalogue('en')].some((c) =>
    text.includes(c.planDocument.unconfirmed),
  );
  const days = dayMentions(text);
  const clocks = clockMentions(text);
  const placed = days.map((d) => {
    const proposed = localDateTime(week.year, d.month, d.day);
    if (d.year !== undefined && d.year !== week.year) {
      findings.push(t.findings.dateOtherYear(id, d.written, week.year, formatShortDate(proposed)));
      notes.push(t.notes.otherYear(d.written, formatShortDate(proposed)));
      return { day: proposed, moved: true, mention: d };
    }
    return { day: localDateTime(d.year ?? week.year, d.month, d.day), moved: false, mention: d };
  });
  const moved = placed.some((p) => p.moved);
  const outside = (day: LocalDateTime): void => {
    if (day.iso < week.start.iso || day.iso > week.end.iso)
      findings.push(
        t.findings.outsideWeek(
          id,
          formatShortDate(day),
          formatShortDate(week.start),
          formatShortDate(week.end),
        ),
      );
  };
  if (placed.length >= 2) {
    const [a, b] = [placed[0]!.day, placed[placed.length - 1]!.day];
    const [c1, c2] = [clocks[0], clocks[clocks.length > 1 ? clocks.length - 1 : 1]];
    const start = c1 ? withTime(a, c1.hour, c1.minute) : withTime(a, WEEK_FROM);
    const end = c2 ? withTime(b, c2.hour, c2.minute) : withTime(b, WEEK_TO);
    outside(a);
    outside(b);
    return { start, end, confirmed: !moved && !unconfirmedMark, single: a.iso === b.iso, findings, notes };
  }
  if (placed.length === 1) {
    const { day, mention } = placed[0]!;
    outside(day);
    const slot = SLOTS[mention.partOfDay ?? 'day'];
    if (clocks.length >= 2) {
      const [c1, c2] = [clocks[0]!, clocks[1]!];
      return {
        start: withTime(day, c1.hour, c1.minute),
        end: withTime(day, c2.hour, c2.minute),
        confirmed: !moved && !unconfirmedMark,
        single: true,
        findings,
        notes,
      };
    }
    if (clocks.length === 1) {
      const start = withTime(day, clocks[0]!.hour, clocks[0]!.minute);
      return { start, end: addMinutes(start, 120), confirmed: false, single: true, findings, notes };
    }
    return {
      start: withTime(day, ...slot[0]),
      end: withTime(day, ...slot[1]),
      confirmed: false,
      single: true,
      findings,
      notes,
    };
  }
  if (item.groupRange) {
    const [a, b] = item.groupRange;
    return {
      start: withTime(localDateTime(a.year ?? week.year, a.month, a.day), WEEK_FROM),
      end: withTime(localDateTime(b.year ?? week.year, b.month, b.day), WEEK_TO),
      confirmed: true,
      single: false,
      findings,
      notes,
    };
  }
  findings.push(t.findings.noDate(id, formatShortDate(week.start), formatShortDate(week.end)));
  return {
    start: withTime(week.start, WEEK_FROM),
    end: withTime(week.end, WEEK_TO),
    confirmed: false,
    single: false,
    findings,
    notes,
  };
}

/** "năm 2020" in a 2021 plan (the year copied from last year's file), outside the legal bases. */
function staleYears(doc: PlanDocument, year: number, language: Language | undefined): ImportFinding[] {
  const t = catalogue(language).planDocument;
  const skip = new Set([...doc.bases, ...doc.headerLines].map((l) => l.number));
  const out: ImportFinding[] = [];
  for (const line of doc.lines) {
    if (skip.has(line.number)) continue;
    for (const m of yearMentions(line.text)) {
      if (m.year < year && m.year >= year - 3) {
        out.push({
          line: line.number,
          text: t.findings.yearOther(line.number, m.year, year, excerpt(line.text, m.at)),
        });
      }
    }
  }
  return out;
}

/** The words around a position, so the principal finds the sentence. */
function excerpt(text: string, at: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 60)));
  const to = text.indexOf(' ', Math.min(text.length, at + 40));
  return `${from > 0 ? '…' : ''}${text.slice(from, to < 0 ? text.length : to).trim()}${to > 0 ? '…' : ''}`;
}
