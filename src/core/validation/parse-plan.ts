import type { Grid, LocalDateTime } from '../cell';
import type { Typed } from '../codec';
import type { Finding, Severity } from '../findings';
import type { Activity, Family, OutreachEntry, Person, Plan } from '../plan';
import type { SettingKey } from '../schema/settings';
import {
  ACTIVITIES_TABLE,
  ACTIVITY_STATUSES,
  AUDIENCE_WORDS,
  FAMILIES_TABLE,
  OUTREACH_TABLE,
  PEOPLE_TABLE,
  SETTINGS_TABLE,
  type ActivityCategory,
  type ActivityStatus,
  type StaffRole,
} from '../schema/tables';
import type { TableKey, TableSpec } from '../schema/types';
import { matchChoice } from '../sheet-language';
import type { ReadTable } from '../table';
import { makeFinding } from './make-finding';
import { parseRows, type ParsedRow } from './parse-rows';
import { parseSettings } from './parse-settings';

const audienceWord = (text: string | undefined): string | undefined =>
  text === undefined ? undefined : (matchChoice(text, AUDIENCE_WORDS) ?? text);

/** The plan's tabs, in the order findings are reported. */
export const PLAN_TABLES = [
  SETTINGS_TABLE,
  PEOPLE_TABLE,
  FAMILIES_TABLE,
  ACTIVITIES_TABLE,
  OUTREACH_TABLE,
] as const;

/** A tab that is absent is an error when nothing can run without it, a warning otherwise. */
const MISSING_TAB_SEVERITY: Partial<Record<TableKey, Severity>> = {
  settings: 'error',
  activities: 'error',
  people: 'warning',
  families: 'warning',
  outreach: 'warning',
};

export interface ParsedPlan {
  readonly plan: Plan;
  /** Header, type and Settings findings (the rules' findings come from validatePlan). */
  readonly findings: Finding[];
  /** Each tab as read, with its header map (for writing findings back). */
  readonly tables: Partial<Record<TableKey, ReadTable>>;
  /** Each tab's name as it is in the workbook. */
  readonly tabNames: Partial<Record<TableKey, string>>;
  /** Sheet row of each setting found in the Settings tab. */
  readonly settingRows: Partial<Record<SettingKey, number>>;
}

const str = (v: Typed | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: Typed | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
const bool = (v: Typed | undefined): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const date = (v: Typed | undefined): LocalDateTime | undefined =>
  typeof v === 'object' && !Array.isArray(v) ? v : undefined;

/** Drops undefined fields, so optional record fields are absent rather than undefined. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

type Keys<T extends TableSpec> = T['columns'][number]['key'];

function toActivity({ row, values: v }: ParsedRow<Keys<typeof ACTIVITIES_TABLE>>): Activity | undefined {
  const id = str(v.id);
  const title = str(v.title);
  const category = str(v.category) as ActivityCategory | undefined;
  // Rows without these cannot take part in anything; their findings say why.
  if (!id || !title || !category) return undefined;
  return compact({
    row,
    id,
    title,
    category,
    start: date(v.start),
    end: date(v.end),
    // Blank means nobody said otherwise: only an explicit "không" marks a proposed time.
    timeConfirmed: bool(v.timeConfirmed) ?? true,
    location: str(v.location),
    platform: str(v.platform),
    link: str(v.link),
    owner: str(v.owner),
    // An audience word typed in English ("Parents") means the canonical one; a group name stays.
    audience: audienceWord(str(v.audience)),
    capacity: num(v.capacity),
    invite: bool(v.invite) ?? false,
    status: (str(v.status) as ActivityStatus | undefined) ?? ACTIVITY_STATUSES[0],
    resultNotes: str(v.resultNotes),
    evidence: str(v.evidence),
    eventId: str(v.eventId),
    lastSync: date(v.lastSync),
  });
}

function toPerson({ row, values: v }: ParsedRow<Keys<typeof PEOPLE_TABLE>>): Person | undefined {
  const id = str(v.id);
  const name = str(v.name);
  const email = str(v.email);
  const role = str(v.role) as StaffRole | undefined;
  if (!id || !name || !email || !role) return undefined;
  return compact({ row, id, name, email, role, group: str(v.group), active: bool(v.active) ?? true });
}

function toFamily({ row, values: v }: ParsedRow<Keys<typeof FAMILIES_TABLE>>): Family | undefined {
  const id = str(v.id);
  const parentName = str(v.parentName);
  if (!id || !parentName) return undefined;
  return compact({
    row,
    id,
    parentName,
    email: str(v.email),
    child: str(v.child),
    className: str(v.className),
    address: str(v.address),
  });
}

function toOutreach({ row, values: v }: ParsedRow<Keys<typeof OUTREACH_TABLE>>): OutreachEntry | undefined {
  const channel = str(v.channel);
  if (!channel) return undefined;
  return compact({ row, date: date(v.date), channel, link: str(v.link), by: str(v.by), note: str(v.note) });
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;

/**
 * Grids (header row first) → the typed plan plus every header, type and Settings finding.
 * Never throws, whatever the sheet holds. `tabNames` are the names the tabs have in the
 * workbook (for messages); the schema's Vietnamese names are used when not given.
 */
export function parsePlan(
  grids: Partial<Record<TableKey, Grid | undefined>>,
  tabNames: Partial<Record<TableKey, string>> = {},
): ParsedPlan {
  const names: Partial<Record<TableKey, string>> = {};
  for (const spec of PLAN_TABLES) names[spec.key] = tabNames[spec.key] ?? spec.name;
  const findings: Finding[] = [];
  for (const spec of PLAN_TABLES) {
    const severity = MISSING_TAB_SEVERITY[spec.key];
    if (grids[spec.key] === undefined && severity) {
      findings.push(
        makeFinding(severity, 'table.missing', { table: spec.key, tableName: spec.name }, { tab: spec.name }),
      );
    }
  }

  const settings = parseSettings(grids.settings, names.settings!);
  findings.push(...settings.findings);
  const year = settings.settings?.year;
  const ctx = year === undefined ? {} : { expectedYear: year };

  const people = parseRows(PEOPLE_TABLE, grids.people, names.people!, ctx);
  const families = parseRows(FAMILIES_TABLE, grids.families, names.families!, ctx);
  const activities = parseRows(ACTIVITIES_TABLE, grids.activities, names.activities!, ctx);
  const outreach = parseRows(OUTREACH_TABLE, grids.outreach, names.outreach!, ctx);
  findings.push(...people.findings, ...families.findings, ...activities.findings, ...outreach.findings);

  // An absent tab has no header row to complain about: 'table.missing' already said it.
  const present = findings.filter((f) => !(f.code.startsWith('header.') && grids[f.table] === undefined));

  const plan: Plan = {
    ...(settings.settings ? { settings: settings.settings } : {}),
    people: people.rows.map(toPerson).filter(defined),
    families: families.rows.map(toFamily).filter(defined),
    activities: activities.rows.map(toActivity).filter(defined),
    outreach: outreach.rows.map(toOutreach).filter(defined),
  };
  const tables: Partial<Record<TableKey, ReadTable>> = {
    settings: settings.table as ReadTable,
    people: people.table as ReadTable,
    families: families.table as ReadTable,
    activities: activities.table as ReadTable,
    outreach: outreach.table as ReadTable,
  };
  return { plan, findings: present, tables, tabNames: names, settingRows: settings.rows };
}
