import { sameCell, type Cell, type Grid } from '../cell';
import { canonicalChoice } from '../forms/answer-labels';
import { WHO_STAFF } from '../forms/build-form-specs';
import { forms as enForms } from '../i18n/en/forms';
import { forms as viForms } from '../i18n/vi/forms';
import { FAILED } from '../outbox/entry';
import { parseState } from '../outbox/ledger-rows';
import { splitRecipients } from '../outbox/recipients';
import {
  ATTENDANCE_TABLE,
  FAMILIES_TABLE,
  NOMINATIONS_TABLE,
  OUTBOX_TABLE,
  PEOPLE_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../schema/tables';
import type { Language } from '../plan';
import type { TableSpec } from '../schema/types';
import { cellText, isBlankCell, mapHeader, type HeaderMap } from '../table';
import { foldKey } from '../text';
import { addressKey, isPseudonym, purgedMarker, Pseudonyms } from './marker';
import {
  COLUMN_POLICIES,
  OUTBOX_FINAL_STATES,
  RAW_KEPT_ANSWERS,
  type ColumnPolicy,
  type PurgedTable,
} from './personal-columns';

/** The tabs a purge reads, as whole grids (header row first); "Nhân sự" only to know the staff. */
export interface PurgeInput {
  readonly people?: Grid;
  readonly families?: Grid;
  readonly nominations?: Grid;
  readonly trainingSignups?: Grid;
  readonly attendance?: Grid;
  readonly rawResponses?: Grid;
  readonly outbox?: Grid;
}

/** One purged row: its 0-based index in the grid (the header is 0) and the whole new row. */
export interface RowChange {
  readonly index: number;
  readonly cells: readonly Cell[];
}

export interface TabPurge {
  readonly table: PurgedTable;
  /** In grid order; only rows with at least one changed cell. */
  readonly rows: readonly RowChange[];
  readonly cellsChanged: number;
}

export interface PurgePlan {
  /** Only tabs with something to change, in PURGED_TABLES order. */
  readonly tabs: readonly TabPurge[];
  /** Rows changed per tab (0 when nothing is left to purge). */
  readonly rows: Readonly<Record<PurgedTable, number>>;
  readonly cellsChanged: number;
  /** Distinct addresses newly replaced by a pseudonym. */
  readonly addresses: number;
  /**
   * Every family response recorded in "Phản hồi gốc" (purged now or earlier), by form: the
   * copies the forms themselves keep are deleted by these ids — only recorded ones, so a
   * response no run has recorded yet is never lost.
   */
  readonly familyResponses: Readonly<Record<FamilyForm, readonly string[]>>;
}

/** The forms whose responses may be a family's (the attendance form: the kit asks parents too). */
export type FamilyForm = 'nomination' | 'training' | 'attendance';
const FAMILY_FORMS: readonly string[] = ['nomination', 'training', 'attendance'] satisfies FamilyForm[];

export const PURGED_TABLES: readonly PurgedTable[] = [
  'families',
  'nominations',
  'trainingSignups',
  'attendance',
  'rawResponses',
  'outbox',
];

export const SPEC_OF: Readonly<Record<PurgedTable | 'people', TableSpec>> = {
  people: PEOPLE_TABLE,
  families: FAMILIES_TABLE,
  nominations: NOMINATIONS_TABLE,
  trainingSignups: TRAINING_SIGNUPS_TABLE,
  attendance: ATTENDANCE_TABLE,
  rawResponses: RAW_RESPONSES_TABLE,
  outbox: OUTBOX_TABLE,
};

const RAW_CONTENT_KEYS = ['content', 'content2', 'content3', 'content4'] as const;
/** Starts each continuation chunk of the raw JSON (src/core/forms/response-rows.ts). */
const CONTINUATION = '↪';
const EMAIL_TOKEN = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

interface Tab {
  readonly grid: Grid;
  readonly header: HeaderMap;
  readonly at: (key: string) => number | undefined;
}

function tabOf(table: PurgedTable | 'people', grid: Grid | undefined): Tab | undefined {
  if (!grid || grid.length === 0) return undefined;
  const header = mapHeader(SPEC_OF[table], grid[0] ?? []);
  const index = header.index as Record<string, number | undefined>;
  return { grid, header, at: (key) => index[key] };
}

const textAt = (tab: Tab, line: readonly Cell[], key: string): string => {
  const at = tab.at(key);
  return at === undefined ? '' : cellText(line[at] ?? null).trim();
};

const isBlankLine = (line: readonly Cell[]): boolean => line.every((c) => isBlankCell(c));

function dataLines(tab: Tab | undefined): { index: number; line: readonly Cell[] }[] {
  if (!tab) return [];
  const out: { index: number; line: readonly Cell[] }[] = [];
  for (let index = 1; index < tab.grid.length; index++) {
    const line = tab.grid[index] ?? [];
    if (!isBlankLine(line)) out.push({ index, line });
  }
  return out;
}

/** The raw JSON of a "Phản hồi gốc" row, or undefined when it is not ours. */
interface RawContent {
  timestamp?: unknown;
  email?: unknown;
  responseId?: unknown;
  answers?: unknown;
}

function rawContent(tab: Tab, line: readonly Cell[]): RawContent | undefined {
  const json = RAW_CONTENT_KEYS.map((key, i) => {
    const at = tab.at(key);
    const cell = at === undefined ? null : (line[at] ?? null);
    const text = typeof cell === 'string' ? cell : '';
    return i > 0 && text.startsWith(CONTINUATION) ? text.slice(CONTINUATION.length) : text;
  }).join('');
  try {
    const parsed = JSON.parse(json) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as RawContent)
      : undefined;
  } catch {
    return undefined;
  }
}

function answersOf(content: RawContent | undefined): Record<string, unknown> {
  const answers = content?.answers;
  return typeof answers === 'object' && answers !== null && !Array.isArray(answers)
    ? (answers as Record<string, unknown>)
    : {};
}

function answerByTitle(content: RawContent | undefined, title: string): unknown {
  const wanted = foldKey(title);
  for (const [key, value] of Object.entries(answersOf(content))) if (foldKey(key) === wanted) return value;
  return undefined;
}

const answerText = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.map(String).join(', ') : '';

/** "Bạn là" answered with anything but staff, in either language: a parent or a resident. */
const isNonStaffWho = (who: string): boolean => who !== '' && canonicalChoice(who) !== WHO_STAFF;

/** The attendance form's "Lớp của con (phụ huynh)" answer, in either language. */
const childClassAnswer = (content: RawContent | undefined): unknown =>
  answerByTitle(content, viForms.questions.childClass) ??
  answerByTitle(content, enForms.questions.childClass);

/** A raw answer by the question's title in either language. */
const whoAnswer = (content: RawContent | undefined): unknown =>
  answerByTitle(content, viForms.questions.who) ?? answerByTitle(content, enForms.questions.who);

/**
 * Which tabs and cells to change so that no family's personal data is left (see
 * personal-columns.ts for what goes and what stays). Pure and idempotent: run on its own
 * output it changes nothing. Rows are rewritten, never deleted, so every count the report and
 * the figures make stays the same. `lang`: the plan's language, that of the marker standing in
 * for a purged cell.
 */
export function planPurge(input: PurgeInput, lang: Language = 'vi'): PurgePlan {
  const marker = purgedMarker(lang);
  const tabs = {
    people: tabOf('people', input.people),
    families: tabOf('families', input.families),
    nominations: tabOf('nominations', input.nominations),
    trainingSignups: tabOf('trainingSignups', input.trainingSignups),
    attendance: tabOf('attendance', input.attendance),
    rawResponses: tabOf('rawResponses', input.rawResponses),
    outbox: tabOf('outbox', input.outbox),
  };

  const staff = new Set<string>();
  for (const { line } of dataLines(tabs.people)) {
    const email = textAt(tabs.people!, line, 'email');
    if (email !== '') staff.add(addressKey(email));
  }
  const roster = new Set<string>();
  for (const { line } of dataLines(tabs.families)) {
    const email = textAt(tabs.families!, line, 'email');
    if (email !== '' && !staff.has(addressKey(email))) roster.add(addressKey(email));
  }
  const familyAddress = (text: string): boolean => {
    const key = addressKey(text);
    return roster.has(key) && !staff.has(key);
  };
  // The opening's form has no "Bạn là": whoever is not a staff address of "Nhân sự" is a family
  // (a blank address cannot be tied to a staff member either). Without "Nhân sự" nobody can be
  // told apart, so only the rows that are a family's by their own data go: an address of
  // "Phụ huynh", a pseudonym, a child's class answered.
  const knowsStaff = tabs.people !== undefined;
  const attendanceFamily = (email: string, childClass: string): boolean => {
    if (email !== '' && (familyAddress(email) || isPseudonym(email))) return true;
    if (!knowsStaff) return childClass !== '';
    return email === '' || !staff.has(addressKey(email));
  };

  // Which rows are families': decided on the input, before anything is rewritten.
  const rawFamily = new Map<number, RawContent | undefined>();
  for (const { index, line } of dataLines(tabs.rawResponses)) {
    const tab = tabs.rawResponses!;
    const form = textAt(tab, line, 'form');
    if (!FAMILY_FORMS.includes(form)) continue;
    const content = rawContent(tab, line);
    const email =
      textAt(tab, line, 'email') ||
      (typeof content?.email === 'string' ? content.email.trim() : '') ||
      answerText(answerByTitle(content, 'Email')).trim();
    if (form === 'training') {
      const who = answerText(whoAnswer(content)).trim();
      if (!isNonStaffWho(who) && !(email !== '' && (familyAddress(email) || isPseudonym(email)))) continue;
    }
    if (form === 'attendance' && !attendanceFamily(email, answerText(childClassAnswer(content)).trim()))
      continue;
    rawFamily.set(index, content);
  }
  const trainingFamily = new Set<number>();
  for (const { index, line } of dataLines(tabs.trainingSignups)) {
    const tab = tabs.trainingSignups!;
    const email = textAt(tab, line, 'email');
    if (
      isNonStaffWho(textAt(tab, line, 'who')) ||
      (email !== '' && (familyAddress(email) || isPseudonym(email)))
    )
      trainingFamily.add(index);
  }
  const openingFamily = new Set<number>();
  for (const { index, line } of dataLines(tabs.attendance)) {
    const tab = tabs.attendance!;
    if (attendanceFamily(textAt(tab, line, 'email'), textAt(tab, line, 'childClass')))
      openingFamily.add(index);
  }

  // Every address of a family, for the outbox: the roster's, the nominators', the parents'.
  const families = new Set<string>(roster);
  const addFamily = (text: string): void => {
    if (text.trim() === '') return;
    const key = addressKey(text);
    if (!staff.has(key)) families.add(key);
  };
  for (const { line } of dataLines(tabs.nominations)) addFamily(textAt(tabs.nominations!, line, 'email'));
  for (const index of trainingFamily)
    addFamily(textAt(tabs.trainingSignups!, tabs.trainingSignups!.grid[index]!, 'email'));
  for (const index of openingFamily)
    addFamily(textAt(tabs.attendance!, tabs.attendance!.grid[index]!, 'email'));
  for (const [index, content] of rawFamily) {
    addFamily(textAt(tabs.rawResponses!, tabs.rawResponses!.grid[index]!, 'email'));
    if (typeof content?.email === 'string') addFamily(content.email);
    addFamily(answerText(answerByTitle(content, 'Email')));
  }
  // Mails about a nomination (its confirmation) tell the family's details, whoever received them.
  const nominationIds = new Set<string>();
  for (const { line } of dataLines(tabs.nominations))
    nominationIds.add(textAt(tabs.nominations!, line, 'responseId'));
  for (const { index, line } of dataLines(tabs.rawResponses)) {
    if (textAt(tabs.rawResponses!, line, 'form') === 'nomination' && rawFamily.has(index))
      nominationIds.add(textAt(tabs.rawResponses!, line, 'responseId'));
  }
  nominationIds.delete('');
  const isFamily = (address: string): boolean => {
    const key = addressKey(address);
    return isPseudonym(key) || (families.has(key) && !staff.has(key));
  };

  const pseudonyms = new Pseudonyms(Pseudonyms.highestIn(allTexts(Object.values(tabs))));
  const changes: TabPurge[] = [];
  const rows = {} as Record<PurgedTable, number>;
  let cellsChanged = 0;
  const collect = (
    table: PurgedTable,
    tab: Tab | undefined,
    indices: Iterable<number>,
    rewrite: Rewrite,
  ): void => {
    const out: RowChange[] = [];
    let cells = 0;
    if (tab) {
      for (const index of [...indices].sort((a, b) => a - b)) {
        const before = tab.grid[index] ?? [];
        const after = rewrite(index, before);
        const width = Math.max(before.length, after.length);
        let changed = 0;
        for (let i = 0; i < width; i++) if (!sameCell(before[i] ?? null, after[i] ?? null)) changed++;
        if (changed > 0) {
          out.push({ index, cells: after });
          cells += changed;
        }
      }
    }
    rows[table] = out.length;
    cellsChanged += cells;
    if (out.length > 0) changes.push({ table, rows: out, cellsChanged: cells });
  };

  const byPolicy = (
    table: PurgedTable,
    tab: Tab,
    extra?: (key: string, cell: Cell) => Cell | undefined,
  ): Rewrite => {
    const policyAt = columnPolicies(table, tab.header);
    return (_index, before) => {
      const after = widen(before, tab.header.width);
      policyAt.forEach(({ policy, key }, i) => {
        const cell = after[i] ?? null;
        const special = key === undefined ? undefined : extra?.(key, cell);
        after[i] = special !== undefined ? special : applyPolicy(policy, cell, pseudonyms, marker);
      });
      return after;
    };
  };

  // Raw log first: pseudonyms are numbered in order of arrival of the responses.
  if (tabs.rawResponses) {
    const tab = tabs.rawResponses;
    const contentAt = tab.at('content');
    const policy = byPolicy('rawResponses', tab);
    collect('rawResponses', tab, rawFamily.keys(), (index, before) => {
      const after = policy(index, before);
      // The JSON may continue over four cells: rebuilt whole, with only the kept answers.
      if (contentAt !== undefined)
        after[contentAt] = redactedContent(
          rawFamily.get(index),
          textAt(tab, before, 'form'),
          pseudonyms,
          marker,
        );
      return after;
    });
  }
  if (tabs.nominations) {
    collect(
      'nominations',
      tabs.nominations,
      dataLines(tabs.nominations).map((l) => l.index),
      byPolicy('nominations', tabs.nominations),
    );
  }
  if (tabs.trainingSignups) {
    collect(
      'trainingSignups',
      tabs.trainingSignups,
      trainingFamily,
      byPolicy('trainingSignups', tabs.trainingSignups),
    );
  }
  if (tabs.attendance) {
    collect('attendance', tabs.attendance, openingFamily, byPolicy('attendance', tabs.attendance));
  }
  if (tabs.families) {
    collect(
      'families',
      tabs.families,
      dataLines(tabs.families).map((l) => l.index),
      byPolicy('families', tabs.families),
    );
  }
  if (tabs.outbox) {
    const tab = tabs.outbox;
    const familyRows = dataLines(tab)
      .filter(
        ({ line }) =>
          outboxNamesFamily(tab, line, isFamily) ||
          textAt(tab, line, 'key')
            .split(':')
            .some((part) => nominationIds.has(part)),
      )
      .map((l) => l.index);
    const stateAt = tab.at('state');
    const nextAt = tab.at('nextAttempt');
    const errorAt = tab.at('lastError');
    const policy = byPolicy('outbox', tab, (key, cell) => {
      if (key === 'recipients') return pseudonymiseList(cellText(cell), isFamily, pseudonyms);
      // Some keys name the address (`promote:HD10:<email>:<response>`): the same pseudonym as
      // in the pseudonymised responses, so a key recomputed after the purge still matches it
      // and nothing is ever queued twice.
      if (key === 'key' && typeof cell === 'string' && cell.includes('@'))
        return cell.replace(EMAIL_TOKEN, (address) => (isFamily(address) ? pseudonyms.of(address) : address));
      // A calendar write is the record of who an event went to (core/calendar/guest-record.ts):
      // its families become pseudonyms — nobody to a later sync — and the staff stay on it, so
      // no sync after the purge invites them a second time.
      if (key === 'payload' && typeof cell === 'string' && isCalendarWrite(cell))
        return cell.replace(EMAIL_TOKEN, (address) => (isFamily(address) ? pseudonyms.of(address) : address));
      return undefined;
    });
    collect('outbox', tab, familyRows, (index, before) => {
      const after = policy(index, before);
      const state = stateAt === undefined ? undefined : parseState(cellText(before[stateAt] ?? null));
      // A mail still waiting would go out after the purge, with its text gone: it never will.
      if (stateAt !== undefined && !(state && OUTBOX_FINAL_STATES.includes(state))) {
        after[stateAt] = FAILED;
        if (nextAt !== undefined) after[nextAt] = null;
        if (errorAt !== undefined) after[errorAt] = marker;
      }
      return after;
    });
  }

  const ordered = PURGED_TABLES.flatMap((t) => changes.filter((c) => c.table === t));
  for (const table of PURGED_TABLES) rows[table] ??= 0;
  const familyResponses: Record<FamilyForm, string[]> = { nomination: [], training: [], attendance: [] };
  for (const index of rawFamily.keys()) {
    const line = tabs.rawResponses!.grid[index]!;
    const form = textAt(tabs.rawResponses!, line, 'form') as FamilyForm;
    const id = textAt(tabs.rawResponses!, line, 'responseId');
    if (id !== '') familyResponses[form].push(id);
  }
  return { tabs: ordered, rows, cellsChanged, addresses: pseudonyms.count, familyResponses };
}

/** A calendar write's payload (`{"year":2021,"op":{…}}`), as the calendar sync queues it. */
function isCalendarWrite(payload: string): boolean {
  if (!payload.startsWith('{"year":')) return false;
  try {
    const parsed = JSON.parse(payload) as { op?: unknown } | null;
    return typeof parsed?.op === 'object' && parsed.op !== null;
  } catch {
    return false;
  }
}

type Rewrite = (index: number, before: readonly Cell[]) => Cell[];

function* allTexts(tabs: readonly (Tab | undefined)[]): Iterable<string> {
  for (const tab of tabs) {
    if (!tab) continue;
    for (const line of tab.grid) for (const cell of line) if (typeof cell === 'string') yield cell;
  }
}

function widen(line: readonly Cell[], width: number): Cell[] {
  const out = [...line];
  while (out.length < width) out.push(null);
  return out;
}

/** The policy of every column of the sheet (by position): the spec's, else 'marker' for the principal's own. */
function columnPolicies(table: PurgedTable, header: HeaderMap): { policy: ColumnPolicy; key?: string }[] {
  const out: { policy: ColumnPolicy; key?: string }[] = Array.from({ length: header.width }, () => ({
    policy: 'marker' as ColumnPolicy,
  }));
  const policies = COLUMN_POLICIES[table];
  for (const [key, at] of Object.entries(header.index as Record<string, number | undefined>)) {
    if (at === undefined) continue;
    out[at] = { policy: policies[key] ?? 'marker', key };
  }
  return out;
}

function applyPolicy(policy: ColumnPolicy, cell: Cell, pseudonyms: Pseudonyms, marker: string): Cell {
  if (policy === 'keep') return cell;
  if (isBlankCell(cell)) return cell;
  if (policy === 'empty') return null;
  if (policy === 'marker') return marker;
  return pseudonymiseList(cellText(cell), () => true, pseudonyms);
}

/** An address list with the families' addresses replaced (others, e.g. leadership, kept). */
function pseudonymiseList(text: string, isFamily: (a: string) => boolean, pseudonyms: Pseudonyms): Cell {
  if (text.trim() === '') return text === '' ? null : text;
  const parts = splitRecipients(text.replace(/[\r\n]+/g, ','));
  if (parts.length === 0) return pseudonyms.of(text);
  const out = parts.map((p) => (isFamily(p) ? pseudonyms.of(p) : p));
  return out.join(', ');
}

function outboxNamesFamily(tab: Tab, line: readonly Cell[], isFamily: (a: string) => boolean): boolean {
  for (const part of splitRecipients(textAt(tab, line, 'recipients').replace(/[\r\n]+/g, ','))) {
    if (isFamily(part)) return true;
  }
  for (const key of ['key', 'payload', 'subject', 'lastError']) {
    const text = textAt(tab, line, key);
    if (!text.includes('@')) continue;
    for (const match of text.matchAll(EMAIL_TOKEN)) if (isFamily(match[0])) return true;
  }
  return false;
}

/**
 * The raw JSON with only the kept answers; an "Email" answer and the verified email become the
 * pseudonym, every other answer the marker. Not our JSON (edited by hand): the marker.
 */
function redactedContent(
  content: RawContent | undefined,
  form: string,
  pseudonyms: Pseudonyms,
  marker: string,
): Cell {
  if (!content || typeof content.timestamp !== 'string') return marker;
  const kept = (RAW_KEPT_ANSWERS[form] ?? []).map(foldKey);
  const answers: Record<string, unknown> = {};
  for (const [title, value] of Object.entries(answersOf(content))) {
    const folded = foldKey(title);
    if (kept.includes(folded)) answers[title] = value;
    else if (folded === 'email' && answerText(value).trim() !== '')
      answers[title] = pseudonyms.of(answerText(value));
    else answers[title] = marker;
  }
  return JSON.stringify({
    timestamp: content.timestamp,
    ...(typeof content.email === 'string' ? { email: pseudonyms.of(content.email) } : {}),
    ...(typeof content.responseId === 'string' ? { responseId: content.responseId } : {}),
    answers,
  });
}

/** The grid after the plan's rows of this tab are applied (tests, previews). */
export function applyTabPurge(grid: Grid, tab: TabPurge | undefined): Grid {
  if (!tab) return grid.map((line) => [...line]);
  const out = grid.map((line) => [...line]);
  for (const row of tab.rows) out[row.index] = [...row.cells];
  return out;
}
