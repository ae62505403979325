import { forms as enForms } from '../i18n/en/forms';
import { forms as viForms } from '../i18n/vi/forms';
import { FAILED, SENT } from '../outbox/entry';

/**
 * Which columns of which tabs hold families' personal data, and what a purge leaves. Decided
 * once here; the purge plan (purge-plan.ts) only applies it.
 *
 * Kept: what the report and the figures are made of — ids, timestamps, the consent and the
 * review state of a nomination, the sessions and pledges of a training signup, the outbox's
 * key and state (so nothing is ever queued or sent again). Gone: names, addresses, children,
 * classes, achievements, evidence links, notes, the principal's own columns, and every email
 * address (replaced by a pseudonym, see marker.ts). Rows are never deleted: the counts stay.
 *
 * Not families' data, left as they are: "Nhân sự" (staff, the school's own records), the staff
 * rows of "Đăng ký tập huấn" and of "Điểm danh khai mạc" (the parents' rows of both — and their
 * raw responses and the forms' own copies — are purged), and the plan tabs.
 */

/** What happens to a column of a purged row. Columns not listed (the principal's own) are 'marker'. */
export type ColumnPolicy =
  /** Left as it is. */
  | 'keep'
  /** Non-empty → the marker; empty stays empty. */
  | 'marker'
  /** Emptied (an address in the roster, stale findings that may quote what was typed). */
  | 'empty'
  /** Each address → its pseudonym. */
  | 'pseudonym';

export type PurgedTable =
  'families' | 'nominations' | 'trainingSignups' | 'attendance' | 'rawResponses' | 'outbox';

export const COLUMN_POLICIES: Readonly<Record<PurgedTable, Readonly<Record<string, ColumnPolicy>>>> = {
  /** "Phụ huynh": every row. The id stays (the outbox keys of family invitations name it). */
  families: {
    id: 'keep',
    parentName: 'marker',
    email: 'empty',
    child: 'marker',
    className: 'marker',
    address: 'marker',
    findings: 'empty',
  },
  /** "Đề cử gia đình hiếu học": every row (a nomination is about a family, whoever sent it). */
  nominations: {
    responseId: 'keep',
    submittedAt: 'keep',
    email: 'pseudonym',
    name: 'marker',
    relation: 'marker',
    family: 'marker',
    child: 'marker',
    className: 'marker',
    address: 'marker',
    achievements: 'marker',
    evidence: 'marker',
    consent: 'keep',
    status: 'keep',
    reviewNote: 'marker',
    sentOn: 'keep',
    problems: 'marker',
    cleaning: 'marker',
    findings: 'empty',
  },
  /** "Đăng ký tập huấn": the rows of parents and residents ("Bạn là" not CB-GV-NV) only. */
  trainingSignups: {
    responseId: 'keep',
    submittedAt: 'keep',
    email: 'pseudonym',
    name: 'marker',
    who: 'keep',
    sessions: 'keep',
    seats: 'keep',
    pledges: 'keep',
    problems: 'marker',
    cleaning: 'marker',
    findings: 'empty',
  },
  /**
   * "Điểm danh khai mạc": the rows whose email is not a staff address of "Nhân sự" (the kit
   * asks parents to answer it too). Intent and mode stay: the opening figures read them.
   */
  attendance: {
    responseId: 'keep',
    submittedAt: 'keep',
    email: 'pseudonym',
    name: 'marker',
    group: 'marker',
    childClass: 'marker',
    intent: 'keep',
    mode: 'keep',
    problems: 'marker',
    cleaning: 'marker',
    findings: 'empty',
  },
  /**
   * "Phản hồi gốc": the nomination form's rows, and the training and attendance forms' rows of
   * parents and residents. The JSON content is rewritten with only the kept answers (RAW_KEPT_ANSWERS),
   * so replaying the log (the organiser's daily figures) still counts the same responses.
   */
  rawResponses: {
    responseId: 'keep',
    form: 'keep',
    submittedAt: 'keep',
    receivedAt: 'keep',
    source: 'keep',
    email: 'pseudonym',
    content: 'keep', // rewritten by the plan itself
    content2: 'empty',
    content3: 'empty',
    content4: 'empty',
  },
  /**
   * "Hộp thư đi": rows addressed to a family (or naming one in their data). The key and the
   * state stay — a key still present is never queued again — the text of the mail goes.
   */
  outbox: {
    key: 'keep',
    kind: 'keep',
    recipients: 'pseudonym',
    subject: 'marker',
    payload: 'marker',
    state: 'keep',
    attempts: 'keep',
    nextAttempt: 'keep',
    lastError: 'marker',
    createdAt: 'keep',
    doneAt: 'keep',
  },
};

/** Answers kept in a purged raw response, by form and question title in either language (compared folded). */
export const RAW_KEPT_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  training: [viForms, enForms].flatMap((t) => [t.questions.who, t.questions.sessions, t.questions.pledges]),
  nomination: [viForms, enForms].map((t) => t.questions.consent),
  attendance: [viForms, enForms].flatMap((t) => [t.questions.intent, t.questions.mode]),
};

/** Outbox states in which a purged mail may stay; any other becomes "thất bại" (never sent after the purge). */
export const OUTBOX_FINAL_STATES: readonly string[] = [SENT, FAILED];
