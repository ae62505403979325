import type { Language } from '../plan';
import type { LocalDateTime } from '../cell';

/**
 * The forms of the week (docs/ARCHITECTURE.md, section 4): three for staff and families, and
 * the results form the activities' owners answer once an activity is over.
 */
export const FORM_IDS = ['attendance', 'training', 'nomination', 'result'] as const;
export type FormId = (typeof FORM_IDS)[number];

export type QuestionType = 'text' | 'email' | 'paragraph' | 'multipleChoice' | 'checkbox' | 'list';

export interface Question {
  /** Stable English key: the normalised field name, never shown. */
  readonly key: string;
  /** The title as the form shows it, in the plan's language; Google's CSV export uses it as the column header. */
  readonly title: string;
  /** The title in the other language: a response keyed by it is still read (the language was changed). */
  readonly aliases?: readonly string[];
  readonly type: QuestionType;
  readonly required: boolean;
  readonly choices?: readonly string[];
  /**
   * The canonical (Vietnamese) value of each choice, in the same order, when the form speaks
   * another language: answers are stored and counted by these, whatever language they came in.
   */
  readonly values?: readonly string[];
  /** Offer Google Forms' "Khác: …" free-text choice (multipleChoice/checkbox only). */
  readonly otherOption?: boolean;
  readonly help?: string;
  /**
   * An imported export without this column is normal, not worth a warning: the question is newer
   * than forms already in use, and what it asks can be found otherwise.
   */
  readonly quietIfMissing?: boolean;
}

/**
 * A form as data, rendered by each runtime (FormApp in Apps Script, a preview locally).
 * `collectsEmail`: the runtime should collect (verified) email addresses itself; the `email`
 * question is then left out of the rendered form and the collected address fills it.
 */
export interface FormSpec {
  readonly id: FormId;
  readonly title: string;
  readonly description: string;
  readonly questions: readonly Question[];
  readonly confirmation: string;
  readonly collectsEmail: boolean;
  /** The language the form speaks, when not Vietnamese (a runtime's own texts around it follow). */
  readonly language?: Language;
  /**
   * Links that open the form with one question answered already: one per value, made by the
   * runtime (Apps Script: FormResponse.toPrefilledUrl; locally the preview with the value).
   */
  readonly prefill?: { readonly questionKey: string; readonly values: readonly string[] };
}

/** One answer as a form delivers it: text, or the list of ticked choices of a checkbox question. */
export type Answer = string | readonly string[];

/** A response as received (Apps Script event, CSV row or JSON), before any cleaning. */
export interface RawResponse {
  /** The source's id (FormResponse.getId()); derived from content + timestamp when absent. */
  readonly responseId?: string;
  readonly timestamp: LocalDateTime;
  /** The collected address ("Email Address" column / getRespondentEmail()). */
  readonly email?: string;
  /** Answers keyed by question title, as the source names them. */
  readonly answers: Readonly<Record<string, Answer>>;
}
