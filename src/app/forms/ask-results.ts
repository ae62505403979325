import type { Grid, LocalDateTime } from '../../core/cell';
import { catalogue } from '../../core/i18n/catalogue';
import { formatDayDateTime } from '../../core/i18n/dates';
import type { MailAction } from '../../core/mail/layout';
import { simpleMail } from '../../core/mail/simple-mail';
import { mailEntry } from '../../core/outbox/enqueue';
import { outboxKey, type OutboxEntry } from '../../core/outbox/entry';
import { sameKey } from '../../core/outbox/ledger-rows';
import type { Activity, Plan, Settings } from '../../core/plan';
import { ACTIVITY_RESULTS_TABLE } from '../../core/schema/response-tables';
import { cellText, readTable } from '../../core/table';
import { toWallClock } from '../../core/time-zone';
import type { PropertiesPort } from '../../ports';
import { enqueueEntries, loadOutbox } from '../outbox/outbox-store';
import type { AppPorts } from '../ports-bundle';
import { loadFormsContext } from './forms-context';
import { loadTab } from './response-store';

/**
 * Asking the owners for their results at the right time. Each evening run looks at the
 * activities that are over (their end, or start when they have no end, has passed), still
 * "kế hoạch" (a status set by hand is an answer already), with an owner and no row in
 * "Kết quả hoạt động":
 * - an owner gets at most ONE asking mail a day, listing each such activity of theirs that no
 *   earlier mail asked about, with its prefilled link;
 * - the day before the report time, an owner still owing a result asked about on an earlier
 *   day gets ONE reminder.
 * Both go through the outbox. Which activities were asked is read back from the outbox's own
 * keys (`result-ask:<date>:<owner>:<ids>`), so a rerun, a second runtime or a restored sheet
 * never asks twice.
 */

const ASK = 'result-ask';
const REMIND = 'result-reminder';

/** The property that keeps the prefilled link of one activity (written when the forms are made). */
export const resultLinkProperty = (activityId: string): string =>
  `form.result.link.${activityId.toUpperCase()}`;

/** Activity ids that have a row in "Kết quả hoạt động" (any result, even one flagged). */
export function reportedActivityIds(grid: Grid | undefined): Set<string> {
  const out = new Set<string>();
  if (!grid || grid.length === 0) return out;
  for (const { cells } of readTable(ACTIVITY_RESULTS_TABLE, grid).rows) {
    const id = cellText(cells.activityId).trim().toUpperCase();
    if (id !== '') out.add(id);
  }
  return out;
}

/** The activities that are over by `now` and still wait for their result. */
export function awaitingResults(plan: Plan, reported: ReadonlySet<string>, now: LocalDateTime): Activity[] {
  return plan.activities.filter((a) => {
    const over = a.end ?? a.start;
    return (
      over !== undefined &&
      over.iso <= now.iso &&
      a.status === 'kế hoạch' &&
      !reported.has(a.id.toUpperCase())
    );
  });
}

interface AskedBefore {
  /** Per owner (lower case): activity ids (upper case) already asked about, and on which day. */
  readonly asked: Map<string, Map<string, string>>;
  readonly keys: ReadonlySet<string>;
}

function askedBefore(keys: ReadonlySet<string>): AskedBefore {
  const asked = new Map<string, Map<string, string>>();
  for (const key of keys) {
    const [action, day, owner, ids] = key.split(':');
    if (action !== ASK || !day || !owner || !ids) continue;
    const mine = asked.get(owner) ?? new Map<string, string>();
    for (const id of ids.split('+')) if (!mine.has(id.toUpperCase())) mine.set(id.toUpperCase(), day);
    asked.set(owner, mine);
  }
  return { asked, keys };
}

export interface ResultRequests {
  readonly asked: number;
  readonly reminded: number;
}

type Ports = Pick<AppPorts, 'tables' | 'lock' | 'properties'>;

export function queueResultRequests(
  ports: Ports,
  at: Date,
  options: { lockTimeoutMs?: number } = {},
): ResultRequests {
  return ports.lock.withLock(options.lockTimeoutMs ?? 30_000, () => {
    const context = loadFormsContext(ports.tables);
    const settings = context.settings;
    if (!settings) return { asked: 0, reminded: 0 };
    const now = toWallClock(at, context.zone);
    const today = now.iso.slice(0, 10);
    const results = loadTab(ports.tables, ACTIVITY_RESULTS_TABLE, context.allTabNames);
    const waiting = awaitingResults(context.plan, reportedActivityIds(results.grid), now);
    const before = askedBefore(loadOutbox(ports.tables).ledger.keys);
    const byOwner = new Map<string, Activity[]>();
    for (const a of waiting) {
      const owner = a.owner?.trim().toLowerCase();
      if (!owner) continue;
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), a]);
    }
    const entries: OutboxEntry[] = [];
    const remindDay = dayBefore(settings.reportAt);
    for (const [owner, activities] of byOwner) {
      const asked = before.asked.get(owner) ?? new Map<string, string>();
      const askedToday = [...before.keys].some((k) => k.startsWith(`${ASK}:${today}:${owner}:`));
      const fresh = activities.filter((a) => !asked.has(a.id.toUpperCase()));
      if (fresh.length > 0 && !askedToday)
        entries.push(askMail(settings, ports.properties, context.plan, owner, fresh, now));
      const owing = activities.filter((a) => {
        const day = asked.get(a.id.toUpperCase());
        return day !== undefined && day < today;
      });
      if (remindDay === today && owing.length > 0)
        entries.push(reminderMail(settings, ports.properties, context.plan, owner, owing, now));
    }
    if (entries.length === 0) return { asked: 0, reminded: 0 };
    const added = new Set(enqueueEntries(ports.tables, entries).added);
    const count = (action: string): number => [...added].filter((k) => k.startsWith(`${action}:`)).length;
    return { asked: count(ASK), reminded: count(REMIND) };
  });
}

function dayBefore(at: LocalDateTime | undefined): string | undefined {
  if (!at) return undefined;
  const [y, m, d] = at.iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - 1)).toISOString().slice(0, 10);
}

function linkOf(properties: PropertiesPort, settings: Settings, activity: Activity): string {
  return properties.get(resultLinkProperty(activity.id)) || settings.formUrls.result || '';
}

function ownerName(plan: Plan, owner: string): string {
  return plan.people.find((p) => p.email.toLowerCase() === owner)?.name ?? owner;
}

/**
 * Each activity with its prefilled form as a button ("HD05 – Tập huấn…"); one without a link
 * (no results form yet) as a line that says how to report it.
 */
function asks(
  settings: Settings,
  properties: PropertiesPort,
  activities: readonly Activity[],
): { actions: MailAction[]; unlinked: string } {
  const t = catalogue(settings.language).results.ask;
  const actions: MailAction[] = [];
  const unlinked: string[] = [];
  for (const a of activities) {
    const url = linkOf(properties, settings, a);
    if (url) actions.push({ label: t.button(a.id, a.title), url });
    else unlinked.push(t.line(a.id, a.title, t.noLink));
  }
  return { actions, unlinked: unlinked.join('\n') };
}

function entry(
  settings: Settings,
  key: string,
  owner: string,
  mail: ReturnType<typeof simpleMail>,
  now: LocalDateTime,
): OutboxEntry {
  return mailEntry(
    {
      key,
      to: [owner],
      mail,
      language: settings.language,
      ...(settings.senderName ? { senderName: settings.senderName } : {}),
      ...(settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}),
    },
    now,
  );
}

function askMail(
  settings: Settings,
  properties: PropertiesPort,
  plan: Plan,
  owner: string,
  activities: readonly Activity[],
  now: LocalDateTime,
): OutboxEntry {
  const t = catalogue(settings.language).results.ask;
  const ids = activities.map((a) => a.id.toUpperCase()).join('+');
  const ask = asks(settings, properties, activities);
  const mail = simpleMail({
    language: settings.language,
    subject: t.subject(activities.map((a) => a.id.toUpperCase())),
    greeting: t.greeting(ownerName(plan, owner)),
    paragraphs: [t.intro, ask.unlinked],
    actions: ask.actions,
    closing: t.closing,
    signature: settings.senderName || settings.school,
  });
  return entry(settings, sameKey(outboxKey(ASK, now.iso.slice(0, 10), owner, ids)), owner, mail, now);
}

function reminderMail(
  settings: Settings,
  properties: PropertiesPort,
  plan: Plan,
  owner: string,
  activities: readonly Activity[],
  now: LocalDateTime,
): OutboxEntry {
  const t = catalogue(settings.language).results.ask;
  const when = settings.reportAt ? formatDayDateTime(settings.reportAt, settings.language) : '';
  const ask = asks(settings, properties, activities);
  const mail = simpleMail({
    language: settings.language,
    subject: t.reminderSubject,
    greeting: t.greeting(ownerName(plan, owner)),
    paragraphs: [t.reminderIntro(when), ask.unlinked],
    actions: ask.actions,
    closing: t.closing,
    signature: settings.senderName || settings.school,
  });
  return entry(settings, outboxKey(REMIND, settings.reportAt!.iso.slice(0, 10), owner), owner, mail, now);
}
