import type { Language } from '../plan';
import type { Severity } from '../findings';

/**
 * Everything "Bảng điều khiển" shows, as plain data: strings, numbers, booleans, null, arrays
 * and plain objects only. Apps Script's `google.script.run` passes nothing else to the sidebar
 * (a Date or a class instance does not arrive), and the local page renders the same object, so
 * times are the school's wall clock as "YYYY-MM-DDTHH:mm" text. Families appear only as counts
 * per class: the page is leadership's, and even they need no family's name or address here.
 */
export interface DashboardModel {
  readonly language: Language;
  readonly school: string;
  /** When the figures were read, the school's wall clock. */
  readonly at: string;
  readonly week: WeekSpan | null;
  readonly findings: DashboardFindings;
  readonly opening: OpeningFigures;
  readonly sessions: readonly SessionFigures[];
  readonly classes: ClassFigures;
  readonly nominations: NominationFigures;
  readonly results: ResultFigures;
  readonly outbox: OutboxFigures;
  readonly runs: RunFigures;
}

export interface WeekSpan {
  /** The first day 00:00 and the last day 00:00 of the week, wall clock. */
  readonly start: string;
  readonly end: string;
}

export interface DashboardFinding {
  readonly severity: Severity;
  /** The tab as the principal named it. */
  readonly tab: string;
  /** "B5", "A5" (no column known) or "" (the whole tab). */
  readonly cell: string;
  readonly text: string;
  /** Where the cell opens (the sheet's URL in Apps Script); null where nothing can open it. */
  readonly href: string | null;
}

export interface DashboardFindings {
  readonly errors: number;
  readonly warnings: number;
  /** The first findings, errors first; `errors + warnings - shown.length` more are not listed. */
  readonly shown: readonly DashboardFinding[];
}

export interface Share {
  readonly count: number;
  readonly total: number;
}

export interface OpeningFigures {
  /** Percentage 0–100. */
  readonly target: number;
  readonly registered: Share;
  readonly present: Share;
  readonly groups: readonly { readonly group: string; readonly registered: Share; readonly present: Share }[];
}

export interface SessionFigures {
  readonly id: string;
  readonly title: string;
  readonly capacity: number | null;
  readonly seated: number;
  readonly waiting: number;
}

export interface ClassFigures {
  readonly classes: readonly {
    readonly kind: 'class' | 'unclassed' | 'unlisted';
    readonly name: string;
    readonly families: number;
    readonly answered: number;
  }[];
  readonly unclassedAnswers: number;
}

export interface NominationFigures {
  readonly total: number;
  readonly withoutConsent: number;
  /** Every review status, in the review's order, with how many nominations stand there. */
  readonly byStatus: readonly { readonly status: string; readonly count: number }[];
}

export interface ResultFigures {
  readonly activities: readonly {
    readonly id: string;
    readonly title: string;
    /** The outcome word the owner reported; null when nothing is reported yet. */
    readonly outcome: string | null;
  }[];
  /** Result rows with a problem to review. */
  readonly flagged: number;
}

export interface OutboxFigures {
  /** Every state, in the outbox's order, with how many mails stand there. */
  readonly byState: readonly { readonly state: string; readonly count: number }[];
  /** When the waiting mail should go (send-forecast.ts), already in the model's language. */
  readonly outlook: readonly string[];
}

export interface RunLine {
  readonly action: string;
  /** Wall clock "YYYY-MM-DDTHH:mm", or the cell's text when it is not a date. */
  readonly at: string;
  readonly outcome: string;
  readonly detail: string;
}

export interface RunFigures {
  /** The latest line of each task in "Nhật ký", latest first. */
  readonly latest: readonly RunLine[];
  /** Lines whose outcome is an error, latest first (at most a few). */
  readonly errors: readonly RunLine[];
  readonly errorCount: number;
}
