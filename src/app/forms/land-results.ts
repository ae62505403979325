import type { Cell, LocalDateTime } from '../../core/cell';
import type { NormalisedResponse, Reason } from '../../core/forms';
import { contentHash } from '../../core/forms/hash';
import { cellSafe } from '../../core/forms/sanitise';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { ACTIVITIES_TABLE, OUTREACH_TABLE } from '../../core/schema/tables';
import { choiceLabel, matchChoice } from '../../core/sheet-language';
import { ACTIVITY_STATUSES } from '../../core/schema/tables';
import { cellText } from '../../core/table';
import type { TablesPort } from '../../ports';
import type { FormsContext } from './forms-context';
import { appendRecords, loadTab, writeRows, type LoadedTab } from './response-store';

/**
 * A reported result lands in the plan: the activity's status, "Kết quả / ghi chú" and
 * "Minh chứng" in the Activities tab, and each post as a row of "Tuyên truyền".
 *
 * "Kết quả / ghi chú" often holds the plan's own note ("Giờ là đề xuất…"): the result is then
 * added below it ("Kết quả: …"), the note kept word for word; a later result replaces only
 * the part we added.
 *
 * Typed by hand or written by us? We remember what we wrote: the results row's "Đã ghi vào
 * Hoạt động" keeps, per field, a fingerprint (contentHash) of what this system last put in the
 * Activities cell — short, and no copy of anyone's text. A cell that is empty, still has that
 * fingerprint, or (for the status) still says the plan's "kế hoạch", is ours to write. Any other value was typed by someone — it is left as it is, and the result
 * row is flagged with both values so the principal decides. Nothing is decided silently.
 *
 * Posts are never removed or rewritten: a link already in "Tuyên truyền" (typed by hand or
 * added by an earlier result) is not added twice.
 */

export type LandedField = 'status' | 'resultNotes' | 'evidence';
/** Per field, the fingerprint of the cell as we wrote it; `notesBase`: how long the kept note is. */
export type Landed = Partial<Record<LandedField, string>> & { notesBase?: number };

const fingerprint = (text: string): string => contentHash(text.normalize('NFC').trim());

export interface LandingItem {
  readonly activityId: string;
  readonly response: NormalisedResponse;
  /** What the results row said we wrote last time ("Đã ghi vào Hoạt động"), as read. */
  readonly previous: string;
  /** The owner as the Outreach tab's "Người thực hiện" shows them. */
  readonly by: string;
}

export interface LandingOutcome {
  /** The new "Đã ghi vào Hoạt động" cell. */
  readonly landed: string;
  readonly conflicts: readonly Reason[];
}

/** The remembered values: our own JSON; anything else (edited by hand) remembers nothing. */
export function parseLanded(text: string): Landed {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const out: Landed = {};
    for (const key of ['status', 'resultNotes', 'evidence'] as const) {
      const field = (value as Record<string, unknown>)[key];
      if (typeof field === 'string') out[key] = field;
    }
    const base = (value as Record<string, unknown>)['notesBase'];
    if (typeof base === 'number' && Number.isInteger(base) && base > 0) out.notesBase = base;
    return out;
  } catch {
    return {};
  }
}

const same = (a: string, b: string): boolean => a.normalize('NFC').trim() === b.normalize('NFC').trim();

/** What the result asks each field to say, canonical (a status word, the text, the first link). */
function reported(response: NormalisedResponse): Landed {
  const facts = response.result;
  const achieved = response.answers['achieved'];
  return {
    ...(facts?.outcome ? { status: facts.outcome } : {}),
    ...(typeof achieved === 'string' && achieved !== '' ? { resultNotes: achieved } : {}),
    // The Activities' "Minh chứng" holds one link (the plan check reads it as a URL): the first;
    // every link stays in the results tab.
    ...(facts && facts.links.length > 0 ? { evidence: facts.links[0]! } : {}),
  };
}

function activitiesTab(context: FormsContext): LoadedTab | undefined {
  const tabName = context.tabNames.activities;
  const table = context.tables.activities;
  const grid = context.grids.activities;
  if (tabName === undefined || table === undefined || grid === undefined || grid.length === 0)
    return undefined;
  return {
    spec: ACTIVITIES_TABLE,
    tabName,
    exists: true,
    grid,
    header: table.header,
    rows: table.rows.map((r) => ({ row: r.row, cells: r.cells as Record<string, Cell> })),
  };
}

export function landResults(
  tables: TablesPort,
  context: FormsContext,
  items: readonly LandingItem[],
  lang: Language,
): Map<string, LandingOutcome> {
  const out = new Map<string, LandingOutcome>();
  const tab = activitiesTab(context);
  if (!tab || items.length === 0) return out;
  const tabLang = tab.header.language ?? 'vi';
  const fields = catalogue(lang).results.fields;
  const changed = new Map<number, Record<string, Cell>>();
  for (const item of items) {
    const row = tab.rows.find(
      (r) => cellText(r.cells['id']).trim().toUpperCase() === item.activityId.toUpperCase(),
    );
    if (!row) continue;
    const before = parseLanded(item.previous);
    const landed: Landed = {};
    const conflicts: Reason[] = [];
    const wants = reported(item.response);
    for (const field of ['status', 'resultNotes', 'evidence'] as const) {
      const raw = cellText(row.cells[field]);
      const current = field === 'status' ? (matchChoice(raw, ACTIVITY_STATUSES) ?? raw) : raw;
      const wrote = before[field] !== undefined && before[field] === fingerprint(current);
      let want = wants[field];
      if (field === 'resultNotes' && want !== undefined) {
        // The note found before our first result (or kept since) stays on top of the cell.
        const base = wrote
          ? current.slice(0, before.notesBase ?? 0)
          : before[field] === undefined
            ? current.trim()
            : '';
        if (base !== '') {
          landed.notesBase = base.length;
          want = `${base}\n${catalogue(lang).results.notesAdded(want)}`;
        }
      }
      if (want === undefined) {
        if (wrote) {
          landed[field] = before[field];
          if (field === 'resultNotes' && before.notesBase !== undefined) landed.notesBase = before.notesBase;
        }
        continue;
      }
      const ours =
        current.trim() === '' ||
        wrote ||
        (field === 'resultNotes' && landed.notesBase !== undefined) ||
        (field === 'status' && current === ACTIVITY_STATUSES[0]);
      if (same(current, want)) landed[field] = fingerprint(current);
      else if (ours) {
        const cell = field === 'status' ? choiceLabel(want, tabLang) : cellSafe(want);
        changed.set(row.row, { ...changed.get(row.row), [field]: cell });
        landed[field] = fingerprint(field === 'status' ? want : cell);
      } else {
        if (before[field] !== undefined) landed[field] = before[field];
        const shown = (text: string): string => cellSafe(field === 'status' ? choiceLabel(text, lang) : text);
        conflicts.push({
          code: 'result.conflict',
          params: { field: fields[field], typed: shown(current), reported: shown(want) },
        });
      }
    }
    out.set(item.response.responseId, { landed: JSON.stringify(landed), conflicts });
  }
  writeRows(tables, tab, changed, []);
  addPosts(tables, context, items, tabLangOf(context) ?? lang);
  return out;
}

function tabLangOf(context: FormsContext): Language | undefined {
  return context.tables.activities?.header.language;
}

function dayOf(at: LocalDateTime): LocalDateTime {
  return { kind: 'local-datetime', iso: `${at.iso.slice(0, 10)}T00:00` };
}

function addPosts(
  tables: TablesPort,
  context: FormsContext,
  items: readonly LandingItem[],
  tabLang: Language,
): void {
  const posts = items.flatMap((item) => (item.response.result?.posts ?? []).map((post) => ({ item, post })));
  if (posts.length === 0) return;
  const tab = loadTab(tables, OUTREACH_TABLE, context.allTabNames);
  const known = new Set(tab.rows.map((r) => cellText(r.cells['link']).trim()));
  const lang = context.settings?.language ?? 'vi';
  const records: Record<string, Cell>[] = [];
  for (const { item, post } of posts) {
    if (known.has(post.link)) continue;
    known.add(post.link);
    // The district reads who posted: the People tab's name when the address is a colleague's.
    const person = context.plan.people.find((p) => p.email.toLowerCase() === item.by.toLowerCase());
    records.push({
      date: dayOf(item.response.submittedAt),
      channel: choiceLabel(post.channel, tabLang),
      link: post.link,
      by: cellSafe(person?.name ?? item.by),
      note: cellSafe(catalogue(lang).results.postNote(item.activityId)),
    });
  }
  appendRecords(tables, tab, records);
}
