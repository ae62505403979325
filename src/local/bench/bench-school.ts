import { MAIL_QUOTA } from './bench-model';
import { buildDashboard } from '../../app/dashboard/build-dashboard';
import { buildReportModel } from '../../app/report/build-report';
import { drainOutbox } from '../../app/outbox/drain-outbox';
import { handleFormSubmit, importResponses, type Submission } from '../../app/forms/handle-form-submit';
import { purgePersonalData } from '../../app/privacy/purge-personal-data';
import { queueReminders } from '../../app/calendar/reminders';
import { sendInvitations } from '../../app/outbox/send-invitations';
import { setup } from '../../app/plan/setup';
import { syncCalendar } from '../../app/calendar/sync-calendar';
import { syncForms } from '../../app/forms/sync-forms';
import { validatePlan } from '../../app/plan/validate-plan';
import { addMinutes, localDateTime, type Cell } from '../../core/cell';
import { sampleResponses } from '../../core/seed/sample-responses';
import { FAMILIES_TABLE, PEOPLE_TABLE } from '../../core/schema/tables';
import type { TableSpec } from '../../core/schema/types';
import { findTabName, mapHeader, readTable, recordToRow } from '../../core/table';
import { SCHOOL_TIME_ZONE, toInstant } from '../../core/time-zone';
import type { ClockPort, TablesPort } from '../../ports';
import {
  countingTables,
  CountingProperties,
  freeLock,
  noCalls,
  noSleep,
  noTriggers,
  quietLog,
  RecordingCalendar,
  RecordingDocuments,
  RecordingForms,
  RecordingMail,
  type CallCounts,
} from './bench-ports';
import { LocalEnvironment } from '../runtime/environment';
import { GridTables } from '../week/grid-tables';

export interface SchoolSize {
  readonly label: string;
  readonly staff: number;
  readonly families: number;
}

export const EXECUTION_KINDS = [
  'setup',
  'validate',
  'formResponse',
  'sync',
  'resyncUnchanged',
  'drain',
  'reminders',
  'report',
  'dashboard',
  'purge',
] as const;
export type ExecutionKind = (typeof EXECUTION_KINDS)[number];

export interface SchoolRun {
  readonly size: SchoolSize;
  readonly calls: Readonly<Record<ExecutionKind, CallCounts>>;
  /** Mails the first day queues: one invitation per staff member and family. */
  readonly invitations: number;
  /**
   * The script properties the week's executions leave (one store through Setup, the drain, the
   * calendar sync and the purge, as on Apps Script): bytes at the end, the most at any moment.
   */
  readonly properties: { readonly bytes: number; readonly peakBytes: number; readonly keys: number };
}

const at = (day: number, hour: number, minute = 0): ClockPort => ({
  now: () => toInstant(localDateTime(2021, day > 20 ? 9 : 10, day, hour, minute), SCHOOL_TIME_ZONE),
});

/**
 * A school of the given size on the 2021 plan: the sample roster's rows repeated with new ids
 * and addresses, so every row is valid and distinct. It has chosen "Gửi thư cho phụ huynh: có",
 * the heaviest case: every family is mailed too.
 */
export function schoolTables(size: SchoolSize): GridTables {
  const tables = new GridTables();
  setup(
    { tables, clock: at(28, 8), log: quietLog },
    { plan: 'seed', year: 2021, sample: true, mailFamilies: true },
  );
  grow(tables, PEOPLE_TABLE, size.staff, (i, r) => ({
    ...r,
    id: `NS${String(i + 1).padStart(5, '0')}`,
    email: `gv${i + 1}@truong.example`,
    active: 'có',
  }));
  grow(tables, FAMILIES_TABLE, size.families, (i, r) => ({
    ...r,
    id: `PH${String(i + 1).padStart(5, '0')}`,
    email: `ph${i + 1}@giadinh.example`,
  }));
  return tables;
}

function grow(
  tables: TablesPort,
  spec: TableSpec,
  count: number,
  make: (i: number, template: Record<string, Cell>) => Record<string, Cell>,
): void {
  const name = findTabName(spec, tables.tableNames())!;
  const grid = tables.read(name) ?? [];
  const table = readTable(spec, grid);
  const header = mapHeader(spec, grid[0] ?? []);
  const templates = table.rows.map((r) => r.cells as Record<string, Cell>);
  const rows = Array.from({ length: count }, (_, i) =>
    recordToRow(header, make(i, templates[i % templates.length]!)),
  );
  tables.write(name, 1, 0, rows);
  // Fewer rows than the sample had: blank the rest (trailing blank rows are dropped on read).
  const extra = grid.length - 1 - count;
  if (extra > 0)
    tables.write(
      name,
      1 + count,
      0,
      Array.from({ length: extra }, () => rows[0]!.map(() => null)),
    );
}

/**
 * The responses of a school this size: every staff member registers for the opening, every
 * family signs up for a session, from the sample's own answers (new ids, addresses, times).
 */
export function schoolResponses(size: SchoolSize, limit = Infinity): Submission[] {
  const sample = sampleResponses();
  const staffTemplate = sample.find((s) => s.formId === 'attendance')!;
  const familyTemplate = sample.find(
    (s) => s.formId === 'training' && s.raw.answers['Bạn là'] === 'Phụ huynh',
  )!;
  const out: Submission[] = [];
  const start = localDateTime(2021, 10, 1, 7, 0);
  const add = (template: Submission, email: string): void => {
    const n = out.length;
    out.push({
      formId: template.formId,
      source: 'Mẫu',
      raw: { ...template.raw, responseId: `bench-${n}`, email, timestamp: addMinutes(start, n % 5000) },
    });
  };
  for (let i = 0; i < size.staff && out.length < limit; i++) add(staffTemplate, `gv${i + 1}@truong.example`);
  for (let i = 0; i < size.families && out.length < limit; i++)
    add(familyTemplate, `ph${i + 1}@giadinh.example`);
  return out;
}

/**
 * Runs each kind of execution once on a school of this size and counts its service calls.
 * The state between them is the week's: invitations queued before the drain, the responses
 * recorded before the one counted, the calendar synced once before the unchanged re-sync.
 */
export function measureSchool(size: SchoolSize): SchoolRun {
  const base = schoolTables(size);
  const env = new LocalEnvironment();
  const calls = {} as Record<ExecutionKind, CallCounts>;
  // One script property store for the whole week, each execution counted on its own.
  const store = new CountingProperties(noCalls());
  const counted = (kind: ExecutionKind): { tables: TablesPort; c: CallCounts } => {
    const c = noCalls();
    calls[kind] = c;
    store.calls = c;
    return { tables: countingTables(base, c), c };
  };

  let m = counted('setup');
  setup(
    { tables: m.tables, clock: at(28, 8), log: quietLog },
    { plan: 'seed', year: 2021, sample: true, mailFamilies: true },
  );
  syncForms({
    tables: m.tables,
    properties: store,
    log: quietLog,
    forms: new RecordingForms(m.c),
  });

  m = counted('validate');
  validatePlan({ tables: m.tables, env, clock: at(28, 8, 5), log: quietLog });

  const invited = sendInvitations(
    { tables: base, clock: at(28, 8, 10), lock: freeLock, log: quietLog },
    { families: true },
  );

  m = counted('drain');
  drainOutbox(
    {
      tables: m.tables,
      clock: at(28, 8, 15),
      log: quietLog,
      lock: freeLock,
      mail: new RecordingMail(m.c, 1_500),
      sleep: noSleep,
      triggers: noTriggers,
      // the send journal: property writes per mail, as in Apps Script
      properties: store,
    },
    {},
  );

  const responses = schoolResponses(size);
  const last = responses.pop()!;
  importResponses({ tables: base, clock: at(1, 7), lock: freeLock, log: quietLog }, responses);
  m = counted('formResponse');
  handleFormSubmit({ tables: m.tables, clock: at(1, 20), lock: freeLock, log: quietLog }, last);

  m = counted('sync');
  const syncProps = store;
  const cal = new RecordingCalendar(m.c);
  syncCalendar({
    tables: m.tables,
    properties: syncProps,
    clock: at(2, 6, 30),
    calendar: cal,
    lock: freeLock,
    log: quietLog,
  });
  m = counted('resyncUnchanged');
  cal.calls = m.c;
  syncCalendar({
    tables: m.tables,
    properties: syncProps,
    clock: at(3, 6, 30),
    calendar: cal,
    lock: freeLock,
    log: quietLog,
  });

  m = counted('reminders');
  queueReminders({ tables: m.tables, lock: freeLock, log: quietLog }, at(4, 7).now());

  m = counted('report');
  const model = buildReportModel({ tables: m.tables, clock: at(7, 17), env });
  new RecordingDocuments(m.c).render(model, undefined);

  m = counted('dashboard');
  const tabReads = new Map<string, number>();
  buildDashboard({
    tables: {
      ...m.tables,
      read: (name) => (tabReads.set(name, (tabReads.get(name) ?? 0) + 1), m.tables.read(name)),
    },
    clock: at(5, 20),
    env,
    mailQuota: () => MAIL_QUOTA.workspace,
  });
  // The row's label says each tab is read once: the run that prints it proves it.
  const twice = [...tabReads].filter(([, reads]) => reads > 1).map(([name]) => name);
  if (twice.length > 0) throw new Error(`the dashboard read ${twice.join(', ')} more than once`);

  // 02:00 on 06/01/2022: the retention period (90 days) is over, every family's data goes.
  m = counted('purge');
  purgePersonalData({
    tables: m.tables,
    clock: { now: () => toInstant(localDateTime(2022, 1, 6, 2, 0), SCHOOL_TIME_ZONE) },
    lock: freeLock,
    log: quietLog,
    properties: store,
  });

  return {
    size,
    calls,
    invitations: invited.queued,
    properties: { bytes: store.bytes, peakBytes: store.peakBytes, keys: store.keys },
  };
}
