import type { Finding } from '../../core/findings';
import { ANNOUNCED_FORMS, formDeadline } from '../../core/forms/form-deadline';
import { invitationMail, type FormLink, type InvitationActivity } from '../../core/mail/invitation';
import { mailEntry } from '../../core/outbox/enqueue';
import { FAILED, outboxKey, type OutboxEntry } from '../../core/outbox/entry';
import { catalogue } from '../../core/i18n/catalogue';
import type { Activity, Settings } from '../../core/plan';
import { readTabs } from '../read-tabs';
import { isKnownTimeZone, SCHOOL_TIME_ZONE, toWallClock } from '../../core/time-zone';
import { parsePlan, PLAN_TABLES } from '../../core/validation';
import type { ClockPort, LockPort, LogPort, TablesPort } from '../../ports';
import { underLockOrBusy } from '../lock';
import { enqueueEntries } from './outbox-store';

export interface SendInvitationsOptions {
  /**
   * Invite every family with an email address too: by default when Settings "Gửi thư cho phụ
   * huynh" says so, never when it does not (the result says where families hear instead).
   */
  families?: boolean;
  /** Links to the registration forms, shown in the mail when given. */
  forms?: readonly FormLink[];
  lockTimeoutMs?: number;
}

export interface SendInvitationsResult {
  /** False when nothing was queued because the lock was busy or Settings are unusable. */
  readonly ran: boolean;
  /** Entries added to the outbox now (including those recorded as failed). */
  readonly queued: number;
  /** Of those, recorded as 'thất bại' at once (invalid address…), never given to a mailer. */
  readonly rejected: number;
  /** Already in the outbox from an earlier run: nothing done. */
  readonly alreadyQueued: number;
  /** Staff members not invited because they are marked as not working. */
  readonly inactive: number;
  /** Staff rows left out because their email, name, id or role is missing or invalid (see Validate). */
  readonly unusable: number;
  /** Families without an email address (only with `families`). */
  readonly withoutEmail: number;
  readonly findings: readonly Finding[];
  readonly message: string;
}

export interface SendInvitationsPorts {
  tables: TablesPort;
  clock: ClockPort;
  lock: LockPort;
  log: LogPort;
}

/** Key of a staff member's invitation: one per person per year, whatever happens later. */
export const staffInvitationKey = (personId: string, year: number): string =>
  outboxKey('invite-mail', personId, year);
export const familyInvitationKey = (familyId: string, year: number): string =>
  outboxKey('invite-family-mail', familyId, year);

/**
 * Queues the invitation to the week for every active staff member (and every family with
 * `families`). Sending is the drain's job. Re-running queues nothing new: the keys are there.
 */
export function sendInvitations(
  ports: SendInvitationsPorts,
  options: SendInvitationsOptions = {},
): SendInvitationsResult {
  return underLockOrBusy(
    ports.lock,
    options.lockTimeoutMs ?? 10_000,
    () => queueInvitations(ports, options),
    () => {
      // Nothing was read: the language is the product's own.
      const t = catalogue('vi').outbox.invitations;
      const message = t.busy;
      ports.log.info(`${t.logPrefix}: ${message}`);
      return { ...EMPTY, message };
    },
  );
}

const EMPTY = {
  ran: false,
  queued: 0,
  rejected: 0,
  alreadyQueued: 0,
  inactive: 0,
  unusable: 0,
  withoutEmail: 0,
  findings: [],
};

function queueInvitations(
  ports: SendInvitationsPorts,
  options: SendInvitationsOptions,
): SendInvitationsResult {
  const { tables, clock, log } = ports;
  const { plan, findings, tables: read } = readPlanFor(tables, options);
  const settings = plan.settings;
  if (!settings) {
    const t = catalogue('vi').outbox.invitations;
    const message = t.noSettings;
    log.error(`${t.logPrefix}: ${message}`);
    return { ...EMPTY, findings, message };
  }
  const zone = isKnownTimeZone(settings.timeZone) ? settings.timeZone : SCHOOL_TIME_ZONE;
  const now = toWallClock(clock.now(), zone);
  const programme = programmeOf(plan.activities);
  const forms = options.forms ?? formLinksOf(settings);
  const mailFor = (key: string, email: string, name: string): OutboxEntry =>
    mailEntry(
      {
        key,
        language: settings.language,
        to: [email],
        mail: invitationMail({
          language: settings.language,
          recipientName: name,
          school: settings.school,
          year: settings.year,
          theme: settings.theme,
          weekStart: settings.weekStart,
          weekEnd: settings.weekEnd,
          activities: programme,
          ...(forms.length > 0 ? { forms } : {}),
          timeZone: settings.timeZone,
          ...senderOf(settings),
        }),
        ...senderOf(settings),
        ...(settings.organiserEmail ? { replyTo: settings.organiserEmail } : {}),
      },
      now,
    );

  const candidates: OutboxEntry[] = [];
  let inactive = 0;
  for (const person of plan.people) {
    if (!person.active) {
      inactive++;
      continue;
    }
    candidates.push(mailFor(staffInvitationKey(person.id, settings.year), person.email, person.name));
  }
  const unusable = Math.max(0, (read.people?.rows.length ?? 0) - plan.people.length);
  let withoutEmail = 0;
  // Families are invited by mail only when Settings say so; asking for it without the setting
  // explains where their announcement is instead.
  const families = (options.families ?? settings.mailFamilies) && settings.mailFamilies;
  const familiesWithheld =
    options.families && !settings.mailFamilies ? plan.families.filter((f) => f.email).length : 0;
  if (families) {
    for (const family of plan.families) {
      if (!family.email) {
        withoutEmail++;
        continue;
      }
      candidates.push(
        mailFor(familyInvitationKey(family.id, settings.year), family.email, family.parentName),
      );
    }
  }

  const result = enqueueEntries(tables, candidates);
  const added = new Set(result.added);
  const rejected = candidates.filter((c) => added.has(c.key) && c.state === FAILED).length;
  const t = catalogue(settings.language).outbox.invitations;
  const parts = [t.queued(result.added.length)];
  if (result.alreadyQueued.length > 0) parts.push(t.alreadyQueued(result.alreadyQueued.length));
  if (rejected > 0) parts.push(t.rejected(rejected));
  if (unusable > 0) parts.push(t.unusable(unusable));
  if (inactive > 0) parts.push(t.inactive(inactive));
  if (withoutEmail > 0) parts.push(t.withoutEmail(withoutEmail));
  if (familiesWithheld > 0) parts.push(t.familiesByZalo(familiesWithheld));
  if (result.findings.some((f) => f.code === 'header.missing')) parts.push(t.outboxBroken);
  const message = `${parts.join('; ')}.`;
  log.info(`${t.logPrefix}: ${message}`);
  return {
    ran: true,
    queued: result.added.length,
    rejected,
    alreadyQueued: result.alreadyQueued.length,
    inactive,
    unusable,
    withoutEmail,
    findings: [...findings, ...result.findings],
    message,
  };
}

/**
 * The plan without Outreach, and without Families unless they may be invited or were asked
 * for: the tab is read (one more sheet call) only when Settings let the school mail them.
 */
function readPlanFor(tables: TablesPort, options: SendInvitationsOptions): ReturnType<typeof parsePlan> {
  const names = tables.tableNames();
  const planTabs = PLAN_TABLES.filter((spec) => spec.key !== 'outreach' && spec.key !== 'families');
  const { grids, tabNames } = readTabs(tables, planTabs, names);
  const first = parsePlan(grids, tabNames);
  const wanted = options.families !== false && (options.families || first.plan.settings?.mailFamilies);
  if (!wanted) return first;
  const families = readTabs(
    tables,
    PLAN_TABLES.filter((spec) => spec.key === 'families'),
    names,
  );
  return parsePlan({ ...grids, ...families.grids }, { ...tabNames, ...families.tabNames });
}

function senderOf(settings: Settings): { senderName?: string } {
  return settings.senderName ? { senderName: settings.senderName } : {};
}

/** The week's programme: every activity not cancelled, in time order (undated ones last). */
function programmeOf(activities: readonly Activity[]): InvitationActivity[] {
  return activities
    .filter((a) => a.status !== 'hủy')
    .slice()
    .sort((a, b) => (a.start?.iso ?? '9999').localeCompare(b.start?.iso ?? '9999') || a.row - b.row)
    .map((a) => ({
      title: a.title,
      ...(a.start ? { start: a.start } : {}),
      ...(a.end ? { end: a.end } : {}),
      timeConfirmed: a.timeConfirmed,
      ...(a.location ? { location: a.location } : {}),
      ...(a.platform ? { platform: a.platform } : {}),
      ...(a.link ? { link: a.link } : {}),
    }));
}

/** The published form links Setup wrote into Settings, labelled for the invitation. */
function formLinksOf(settings: Settings): FormLink[] {
  const t = catalogue(settings.language).outbox.invitations.forms;
  return ANNOUNCED_FORMS.flatMap((form) => {
    const url = settings.formUrls[form];
    return url ? [{ label: t[form], url, deadline: formDeadline(form, settings) }] : [];
  });
}
