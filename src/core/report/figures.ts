import { answersByClass, type AnswersByClass, type ClassAnswer } from '../announce/answers-by-class';
import { withTime, type LocalDateTime } from '../cell';
import type { Finding } from '../findings';
import { canonicalChoice } from '../forms/answer-labels';
import { INTENT_PRESENT } from '../forms/build-form-specs';
import { openingAttendance, type GroupAttendance, type OpeningAttendance } from '../forms/attendance';
import type { NormalisedResponse } from '../forms/normalise-response';
import { exportableNominations } from '../forms/nominations';
import { allocateSeats, signupsFromResponses } from '../forms/seats';
import { sessionActivities } from '../forms/session-choice';
import type { ParsedLedger } from '../outbox/ledger-rows';
import { SENT, WAITING_STATES } from '../outbox/entry';
import type { Activity, OutreachEntry, Person, Plan } from '../plan';
import { OUTREACH_CHANNELS } from '../schema/tables';
import type { TableKey } from '../schema/types';
import { foldKey } from '../text';
import type { ActivityParticipation } from './participation';
import type { AttendanceRow, NominationRow, ResponseTabs, TrainingRow } from './response-tabs';

/**
 * Every figure of the report, computed once from the tabs at a given moment. Aggregates only:
 * 10,000 responses give the same number of figures as 10 (cost grows with the report, not the
 * rows). Each figure keeps the rows it came from, so the report can say where to look.
 */

export interface SessionFigure {
  readonly activity: Activity;
  readonly capacity?: number;
  readonly seated: number;
  readonly waiting: number;
}

export interface ActivityFigures {
  readonly done: readonly Activity[];
  /** Still "kế hoạch" although its time has passed: its owner has not reported what happened. */
  readonly overdue: readonly Activity[];
  readonly postponed: readonly Activity[];
  /** Still ahead at the report's moment (a preview). */
  readonly upcoming: readonly Activity[];
  readonly cancelled: readonly Activity[];
}

export interface NominationFigures {
  readonly total: number;
  readonly consented: number;
  readonly withoutConsent: number;
  /** Selected (or already sent) AND consented: the only nominations named anywhere in the report. */
  readonly selected: readonly NominationRow[];
  readonly sent: number;
}

export interface ReportFigures {
  readonly plan: Plan;
  /** The tabs as the sheet names them (an English sheet has English tab names). */
  readonly tabNames?: Partial<Record<TableKey, string>>;
  readonly findings: readonly Finding[];
  readonly at: LocalDateTime;
  /** The moment the final report is due (Settings "Thời điểm lập báo cáo", else 17:00 of the last day). */
  readonly dueAt?: LocalDateTime;
  readonly preview: boolean;
  readonly activities: ActivityFigures;
  readonly outreachByChannel: readonly {
    readonly channel: string;
    readonly entries: readonly OutreachEntry[];
  }[];
  readonly invitations?: { readonly sent: number; readonly waiting: number; readonly failed: number };
  readonly opening?: OpeningAttendance & { readonly rows: number; readonly notCounted: number };
  readonly training?: {
    readonly rows: number;
    readonly notCounted: number;
    readonly sessions: readonly SessionFigure[];
    readonly pledges: readonly { readonly kind: string; readonly count: number }[];
    readonly pledgers: number;
    /** Everyone holding a seat in at least one session. */
    readonly seatedEmails: ReadonlySet<string>;
  };
  readonly nominations?: NominationFigures;
  /** Families of each class that answered the opening or the training form (a family once). */
  readonly families?: AnswersByClass;
  readonly commendation?: {
    readonly people: readonly Person[];
    readonly groups: readonly GroupAttendance[];
  };
  /** Who took part in each activity, as its owner reported it, by activity id. */
  readonly participation: ReadonlyMap<string, ActivityParticipation>;
}

export interface FigureInput {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  readonly responses: ResponseTabs;
  readonly ledger?: ParsedLedger;
  readonly at: LocalDateTime;
  readonly participation?: readonly ActivityParticipation[];
}

const byStart = (a: Activity, b: Activity): number => {
  const as = a.start?.iso ?? '9999';
  const bs = b.start?.iso ?? '9999';
  return as < bs ? -1 : as > bs ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

function activityFigures(activities: readonly Activity[], at: LocalDateTime): ActivityFigures {
  const sorted = activities.slice().sort(byStart);
  const passed = (a: Activity): boolean => {
    const end = a.end ?? a.start;
    return end !== undefined && end.iso <= at.iso;
  };
  return {
    done: sorted.filter((a) => a.status === 'đã thực hiện'),
    overdue: sorted.filter((a) => a.status === 'kế hoạch' && passed(a)),
    upcoming: sorted.filter((a) => a.status === 'kế hoạch' && !passed(a)),
    postponed: sorted.filter((a) => a.status === 'hoãn'),
    cancelled: sorted.filter((a) => a.status === 'hủy'),
  };
}

/** One record per activity id, as the plan writes it; a later record replaces an earlier one. */
function participationById(
  records: readonly ActivityParticipation[],
): ReadonlyMap<string, ActivityParticipation> {
  const byId = new Map<string, ActivityParticipation>();
  for (const r of records) byId.set(r.activityId.trim(), r);
  return byId;
}

function outreachByChannel(entries: readonly OutreachEntry[]): ReportFigures['outreachByChannel'] {
  const groups = new Map<string, OutreachEntry[]>();
  for (const e of entries) {
    const known = OUTREACH_CHANNELS.find((c) => foldKey(c) === foldKey(e.channel)) ?? e.channel;
    groups.set(known, [...(groups.get(known) ?? []), e]);
  }
  const order = (c: string): number => {
    const i = (OUTREACH_CHANNELS as readonly string[]).indexOf(c);
    return i < 0 ? OUTREACH_CHANNELS.length : i;
  };
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([channel, list]) => ({
      channel,
      entries: list
        .slice()
        .sort((x, y) => (x.date?.iso ?? '').localeCompare(y.date?.iso ?? '') || x.row - y.row),
    }));
}

/** Invitation mails in the outbox (keys `invite-mail:…`): sent, still waiting, failed. */
function invitationFigures(ledger: ParsedLedger | undefined): ReportFigures['invitations'] {
  if (!ledger) return undefined;
  const invites = ledger.rows.filter((r) => r.entry.key.startsWith('invite-mail:'));
  if (invites.length === 0) return undefined;
  const sent = invites.filter((r) => r.entry.state === SENT).length;
  const waiting = invites.filter((r) => WAITING_STATES.includes(r.entry.state)).length;
  return { sent, waiting, failed: invites.length - sent - waiting };
}

/** The attendance rows as the forms core's responses (only the fields openingAttendance reads). */
function asAttendanceResponses(rows: readonly AttendanceRow[], at: LocalDateTime): NormalisedResponse[] {
  const present = foldKey(INTENT_PRESENT);
  return rows
    .filter((r) => r.counted && r.email !== undefined)
    .map((r) => ({
      formId: 'attendance',
      responseId: r.responseId,
      submittedAt: r.submittedAt ?? at,
      email: r.email!,
      emailValid: true,
      answers: { intent: foldKey(canonicalChoice(r.intent)) === present ? INTENT_PRESENT : r.intent },
      sessionIds: [],
      consent: false,
      problems: [],
      notes: [],
      flagged: false,
    }));
}

/** Who checked in at the opening, read the same way openingAttendance reads them. */
function presentEmails(responses: readonly NormalisedResponse[]): Set<string> {
  return new Set(responses.filter((r) => r.answers['intent'] === INTENT_PRESENT).map((r) => r.email));
}

function trainingFigures(
  rows: readonly TrainingRow[],
  activities: readonly Activity[],
  at: LocalDateTime,
): NonNullable<ReportFigures['training']> {
  const counted = rows.filter((r) => r.counted && r.email !== undefined);
  const offered = sessionActivities(activities);
  const allocation = allocateSeats(
    offered.map((a) => (a.capacity === undefined ? { id: a.id } : { id: a.id, capacity: a.capacity })),
    signupsFromResponses(
      counted.map((r) => ({
        responseId: r.responseId,
        submittedAt: r.submittedAt ?? at,
        email: r.email!,
        emailValid: true,
        sessionIds: r.sessionIds,
        problems: [],
      })),
    ),
  );
  const sessions = offered.map((activity) => {
    const seats = allocation.sessions.find((s) => s.id === activity.id);
    return {
      activity,
      ...(activity.capacity === undefined ? {} : { capacity: activity.capacity }),
      seated: seats?.seated.length ?? 0,
      waiting: seats?.waitlist.length ?? 0,
    };
  });
  const pledgeCounts = new Map<string, number>();
  let pledgers = 0;
  for (const r of counted) {
    if (r.pledges.length > 0) pledgers++;
    for (const p of new Set(r.pledges)) pledgeCounts.set(p, (pledgeCounts.get(p) ?? 0) + 1);
  }
  const pledges = [...pledgeCounts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
  const seatedEmails = new Set(allocation.sessions.flatMap((s) => s.seated));
  return {
    rows: rows.length,
    notCounted: rows.length - counted.length,
    sessions,
    pledges,
    pledgers,
    seatedEmails,
  };
}

/** The counted rows of both tabs as answers, oldest first (the latest class of a respondent wins). */
function familyFigures(plan: Plan, responses: ResponseTabs): AnswersByClass | undefined {
  const rows = [...(responses.attendance?.rows ?? []), ...(responses.training?.rows ?? [])]
    .filter((r) => r.counted)
    .map((r, order) => ({ r, at: r.submittedAt?.iso ?? '', order }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order))
    .map(({ r }) => r);
  const answers: ClassAnswer[] = rows.map((r) => ({
    email: r.email ?? '',
    responseId: r.responseId,
    ...(r.childClass ? { childClass: r.childClass } : {}),
    ...('who' in r && r.who ? { who: canonicalChoice(r.who) } : {}),
  }));
  const families = answersByClass(plan.families, plan.people, answers);
  // Without classes (no "Phụ huynh" rows, no class answered) there is nothing to show by class.
  return families.classes.length > 0 ? families : undefined;
}

function nominationFigures(rows: readonly NominationRow[]): NominationFigures {
  const consented = rows.filter((r) => r.consent).length;
  return {
    total: rows.length,
    consented,
    withoutConsent: rows.length - consented,
    selected: exportableNominations(rows),
    sent: rows.filter((r) => r.consent && r.status === 'đã gửi phường').length,
  };
}

export function computeFigures(input: FigureInput): ReportFigures {
  const { plan, at, responses } = input;
  const settings = plan.settings;
  const dueAt = settings ? (settings.reportAt ?? withTime(settings.weekEnd, 17)) : undefined;
  const attendance = responses.attendance;
  const attendanceResponses = asAttendanceResponses(attendance?.rows ?? [], at);
  const opening =
    // A tab with no responses yet is "no data", not "0 of 38": nobody answered, nothing failed.
    attendance && attendance.rows.length > 0 && settings
      ? {
          ...openingAttendance(plan.people, attendanceResponses, settings.openingTarget),
          rows: attendance.rows.length,
          notCounted: attendance.rows.filter((r) => !r.counted).length,
        }
      : undefined;
  const training =
    responses.training && responses.training.rows.length > 0
      ? trainingFigures(responses.training.rows, plan.activities, at)
      : undefined;
  const invitations = invitationFigures(input.ledger);
  const families = familyFigures(plan, responses);
  return {
    plan,
    findings: input.findings,
    at,
    ...(dueAt ? { dueAt } : {}),
    // Without Settings nobody can tell whether the week is over: say it is a preview.
    preview: dueAt === undefined || at.iso < dueAt.iso,
    activities: activityFigures(plan.activities, at),
    participation: participationById(input.participation ?? []),
    outreachByChannel: outreachByChannel(plan.outreach),
    ...(invitations ? { invitations } : {}),
    ...(opening ? { opening } : {}),
    ...(training ? { training } : {}),
    ...(responses.nominations ? { nominations: nominationFigures(responses.nominations.rows) } : {}),
    ...(families ? { families } : {}),
    ...(opening && training
      ? {
          commendation: commendation(
            plan.people,
            opening,
            presentEmails(attendanceResponses),
            training.seatedEmails,
          ),
        }
      : {}),
  };
}

/**
 * The rule, stated in the report as it is applied here: a person is proposed when they were
 * checked in at the opening AND hold a seat in at least one training or talk; a group when its
 * share present at the opening is the highest of all groups (ties all named), and above zero.
 */
function commendation(
  people: readonly Person[],
  opening: OpeningAttendance | undefined,
  presentEmails: ReadonlySet<string>,
  seatedEmails: ReadonlySet<string>,
): NonNullable<ReportFigures['commendation']> {
  const chosen = people
    .filter((p) => p.active)
    .filter((p) => {
      const email = p.email.trim().toLowerCase();
      return presentEmails.has(email) && seatedEmails.has(email);
    })
    .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '', 'vi') || a.name.localeCompare(b.name, 'vi'));
  return { people: chosen, groups: bestGroups(opening) };
}

function bestGroups(opening: OpeningAttendance | undefined): GroupAttendance[] {
  if (!opening) return [];
  const best = Math.max(0, ...opening.groups.map((g) => g.present.percent));
  return best === 0 ? [] : opening.groups.filter((g) => g.present.percent === best);
}
