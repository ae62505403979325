import { isLocalDateTime, type LocalDateTime } from '../../core/cell';
import {
  allocateSeats,
  attendanceProgressText,
  latestPerPerson,
  openingAttendance,
  sessionActivities,
  sessionCapacities,
  signupsInRecordingOrder,
  type OpeningAttendance,
} from '../../core/forms';
import { answersByClass, classAnswersOf, type AnswersByClass } from '../../core/announce/answers-by-class';
import { catalogue } from '../../core/i18n/catalogue';
import { formatShortDate } from '../../core/i18n/dates';
import { organiserNoteMail } from '../../core/mail/organiser-note';
import { mailEntry } from '../../core/outbox/enqueue';
import { outboxKey } from '../../core/outbox/entry';
import type { Language, Settings } from '../../core/plan';
import { toWallClock } from '../../core/time-zone';
import type { TablesPort } from '../../ports';
import { loadFormsContext, type FormsContext } from './forms-context';
import { enqueueEntries } from '../outbox/outbox-store';
import type { AppPorts } from '../ports-bundle';
import { loadRawLog, loadTab, rawHistory } from './response-store';
import { awaitingResults, reportedActivityIds } from './ask-results';
import { ACTIVITY_RESULTS_TABLE } from '../../core/schema/response-tables';
import { cellText } from '../../core/table';

/**
 * Where the forms stand: the opening against its target, seats per session, nominations —
 * replayed from "Phản hồi gốc" (the record of what was received), so it is right even when a
 * normalised tab was edited by hand. Feeds the organiser's daily note and the CLI's summary.
 */
export interface FormsProgress {
  readonly attendance: OpeningAttendance;
  /** 'present' from the opening's day on, 'registered' before it. */
  readonly basis: 'registered' | 'present';
  readonly sessions: readonly {
    readonly id: string;
    readonly title: string;
    readonly capacity?: number;
    readonly seated: number;
    readonly waiting: number;
  }[];
  readonly nominations: { readonly total: number; readonly withoutConsent: number };
  /** Activities over and still without a result (their owner named), and results to review. */
  readonly results: {
    readonly missing: readonly { readonly id: string; readonly title: string; readonly owner?: string }[];
    readonly flagged: number;
  };
  /** How many families of each class of "Phụ huynh" answered the opening or the training form. */
  readonly families: AnswersByClass;
}

export function readFormsProgress(
  tables: TablesPort,
  at: LocalDateTime,
  loaded?: FormsContext,
): FormsProgress {
  const context = loaded ?? loadFormsContext(tables);
  const log = loadRawLog(tables, context.allTabNames);
  const attendanceResponses = rawHistory(log, 'attendance', context.normalise);
  const target = context.settings?.openingTarget ?? 50;
  const attendance = openingAttendance(context.plan.people, attendanceResponses, target);
  const opening = context.plan.activities.find((a) => a.category === 'khai mạc' && a.status !== 'hủy');
  const basis =
    opening?.start && at.iso.slice(0, 10) >= opening.start.iso.slice(0, 10) ? 'present' : 'registered';

  const trainingResponses = rawHistory(log, 'training', context.normalise);
  const allocation = allocateSeats(
    sessionCapacities(context.plan.activities),
    signupsInRecordingOrder(trainingResponses),
  );
  const sessions = sessionActivities(context.plan.activities).map((a) => {
    const seats = allocation.sessions.find((s) => s.id === a.id);
    return {
      id: a.id,
      title: a.title,
      ...(a.capacity !== undefined ? { capacity: a.capacity } : {}),
      seated: seats?.seated.length ?? 0,
      waiting: seats?.waitlist.length ?? 0,
    };
  });
  const nominations = latestPerPerson(rawHistory(log, 'nomination', context.normalise)).rows;
  return {
    attendance,
    basis,
    sessions,
    nominations: { total: nominations.length, withoutConsent: nominations.filter((n) => !n.consent).length },
    results: resultsProgress(tables, context, at),
    families: answersByClass(
      context.plan.families,
      context.plan.people,
      classAnswersOf([...attendanceResponses, ...trainingResponses]),
    ),
  };
}

function resultsProgress(
  tables: TablesPort,
  context: FormsContext,
  at: LocalDateTime,
): FormsProgress['results'] {
  const tab = loadTab(tables, ACTIVITY_RESULTS_TABLE, context.allTabNames);
  const missing = awaitingResults(context.plan, reportedActivityIds(tab.grid), at).map((a) => {
    const owner = a.owner?.trim().toLowerCase();
    const person = owner ? context.plan.people.find((p) => p.email.toLowerCase() === owner) : undefined;
    return { id: a.id, title: a.title, ...(owner ? { owner: person?.name ?? owner } : {}) };
  });
  const flagged = tab.rows.filter((r) => cellText(r.cells['problems']).trim() !== '').length;
  return { missing, flagged };
}

const shorten = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The note's lines: the opening's registrations against the target, each session's seats, the nominations. */
export function progressLines(progress: FormsProgress, lang: Language = 'vi'): string[] {
  const t = catalogue(lang).forms.app;
  const lines = [attendanceProgressText(progress.attendance, 'registered', lang)];
  if (progress.basis === 'present') lines.push(attendanceProgressText(progress.attendance, 'present', lang));
  for (const s of progress.sessions) {
    const seats = s.capacity === undefined ? `${s.seated}` : `${s.seated}/${s.capacity}`;
    lines.push(t.sessionLine(s.id, shorten(s.title), seats, s.waiting));
  }
  lines.push(t.nominations(progress.nominations.total, progress.nominations.withoutConsent));
  lines.push(...familyLines(progress.families, lang));
  const r = catalogue(lang).results.progress;
  const { missing, flagged } = progress.results;
  if (missing.length > 0) {
    lines.push(r.missingHeading(missing.length));
    // Whole titles: an owner must recognise their activity, and a cut could split a quotation.
    for (const m of missing) lines.push(r.missingLine(m.id, m.title, m.owner ?? r.noOwner));
  }
  if (flagged > 0) lines.push(r.flaggedHeading(flagged));
  return lines;
}

/** "Lá 1: 12/30 gia đình đã trả lời", class by class, when the plan lists families or any answered. */
function familyLines(families: AnswersByClass, lang: Language): string[] {
  const t = catalogue(lang).announce;
  if (families.classes.length === 0) return [];
  const lines = [t.answers.heading];
  for (const c of families.classes) {
    const name = c.kind === 'unclassed' ? t.unclassed : c.name;
    lines.push(
      c.kind === 'unlisted'
        ? t.answers.unlistedLine(name, c.answered)
        : t.answers.line(name, c.answered, c.families),
    );
  }
  if (families.unclassedAnswers > 0) lines.push(t.answers.unclassed(families.unclassedAnswers));
  return lines;
}

export const progressNoteKey = (at: LocalDateTime): string => outboxKey('progress-note', at.iso.slice(0, 10));

export interface DailyProgressResult {
  /** The outbox key queued now; undefined when already queued today or no organiser email. */
  readonly queued?: string;
  readonly lines: readonly string[];
}

/**
 * Queues the organiser's short progress note once per day (`progress-note:<YYYY-MM-DD>` of the
 * school's date); nothing when Settings name no organiser. `at`: an instant (a trigger's time)
 * or the school's wall clock.
 */
export function queueDailyProgress(
  ports: Pick<AppPorts, 'tables' | 'lock' | 'log'>,
  at: Date | LocalDateTime,
  options: {
    lockTimeoutMs?: number;
    /** Lines other rooms add under the forms' (the outbox's outlook, the calendar), read under the same lock. */
    more?: (now: LocalDateTime, settings: Settings) => readonly string[];
  } = {},
): DailyProgressResult {
  return ports.lock.withLock(options.lockTimeoutMs ?? 30_000, () => {
    const context = loadFormsContext(ports.tables);
    const settings = context.settings;
    const now = isLocalDateTime(at) ? at : toWallClock(at, context.zone);
    const lang = settings?.language ?? 'vi';
    const lines = [
      ...progressLines(readFormsProgress(ports.tables, now, context), lang),
      ...(settings && options.more ? options.more(now, settings) : []),
    ];
    if (!settings?.organiserEmail) {
      ports.log.info(catalogue(lang).forms.app.noOrganiser);
      return { lines };
    }
    const key = progressNoteKey(now);
    const mail = organiserNoteMail({
      language: lang,
      school: settings.school,
      topic: catalogue(lang).forms.app.progressTopic(formatShortDate(now)),
      lines,
      ...(settings.senderName ? { senderName: settings.senderName } : {}),
    });
    const entry = mailEntry(
      {
        key,
        to: [settings.organiserEmail],
        mail,
        ...(settings.senderName ? { senderName: settings.senderName } : {}),
      },
      now,
    );
    const result = enqueueEntries(ports.tables, [entry]);
    return result.added.includes(key) ? { queued: key, lines } : { lines };
  });
}
