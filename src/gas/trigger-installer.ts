import type { FormId } from '../core/forms/types';
import { DAILY_TRIGGERS, EDIT_HANDLER, SUBMIT_HANDLERS } from './handlers';

type Trigger = GoogleAppsScript.Script.Trigger;

export type WantedTrigger =
  | { readonly kind: 'daily'; readonly handler: string; readonly hour: number; readonly minute: number }
  | { readonly kind: 'formSubmit'; readonly handler: string; readonly formId: string }
  /** The spreadsheet's installable edit trigger (the calendar follows edits). */
  | { readonly kind: 'edit'; readonly handler: string; readonly spreadsheetId: string }
  /** One-off at an instant; `current`: the trigger already installed is for this instant. */
  | {
      readonly kind: 'at';
      readonly handler: string;
      readonly at: Date;
      readonly current: boolean;
      /** What `current` was compared by (remembered after installing). */
      readonly key?: string;
    };

export interface TriggerInstallResult {
  /** Handlers whose trigger was created now. */
  readonly created: string[];
  /** Handlers whose trigger was already there. */
  readonly kept: string[];
  /** Duplicates and triggers of a form that is no longer ours, deleted. */
  readonly removed: number;
}

/**
 * The triggers Setup wants: the daily drain, the daily progress note, the reminders, the daily
 * purge of families' data after the retention period, one per form it made.
 */
export function wantedTriggers(
  formIds: Partial<Record<FormId, string>>,
  extra: readonly WantedTrigger[] = [],
): WantedTrigger[] {
  const wanted: WantedTrigger[] = DAILY_TRIGGERS.map((t) => ({ kind: 'daily', ...t }));
  for (const [form, handler] of Object.entries(SUBMIT_HANDLERS) as [FormId, string][]) {
    const formId = formIds[form];
    if (formId) wanted.push({ kind: 'formSubmit', handler, formId });
  }
  return [...wanted, ...extra];
}

/** The edit trigger of the bound spreadsheet (one per spreadsheet). */
export const editTrigger = (spreadsheetId: string): WantedTrigger => ({
  kind: 'edit',
  handler: EDIT_HANDLER,
  spreadsheetId,
});

/**
 * Makes the project hold EXACTLY ONE trigger per wanted entry, compared by handler and (for
 * form submits) the form's id: re-running Setup creates nothing, a duplicate left by an
 * earlier crash is deleted, and a submit trigger still pointing at a replaced form goes.
 * Triggers of handlers not wanted here (the outbox continuation, the principal's own) are
 * never touched. One getProjectTriggers call, whatever the number of triggers.
 */
export function installTriggers(wanted: readonly WantedTrigger[]): TriggerInstallResult {
  const existing = ScriptApp.getProjectTriggers();
  const result = { created: [] as string[], kept: [] as string[], removed: 0 };
  const handlers = new Set(wanted.map((w) => w.handler));
  const keep = new Set<Trigger>();
  for (const want of wanted) {
    const match = existing.find((t) => !keep.has(t) && matches(t, want));
    if (match) {
      keep.add(match);
      result.kept.push(want.handler);
      continue;
    }
    create(want);
    result.created.push(want.handler);
  }
  for (const trigger of existing) {
    if (handlers.has(trigger.getHandlerFunction()) && !keep.has(trigger)) {
      ScriptApp.deleteTrigger(trigger);
      result.removed++;
    }
  }
  return result;
}

function matches(trigger: Trigger, want: WantedTrigger): boolean {
  if (trigger.getHandlerFunction() !== want.handler) return false;
  if (want.kind === 'daily') return trigger.getEventType() === ScriptApp.EventType.CLOCK;
  if (want.kind === 'edit') {
    return (
      trigger.getEventType() === ScriptApp.EventType.ON_EDIT &&
      trigger.getTriggerSourceId() === want.spreadsheetId
    );
  }
  // A one-off trigger does not tell its time: whether it is for this instant is remembered.
  if (want.kind === 'at') return want.current && trigger.getEventType() === ScriptApp.EventType.CLOCK;
  return (
    trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT &&
    trigger.getTriggerSourceId() === want.formId
  );
}

function create(want: WantedTrigger): void {
  const builder = ScriptApp.newTrigger(want.handler);
  if (want.kind === 'daily') {
    builder.timeBased().everyDays(1).atHour(want.hour).nearMinute(want.minute).create();
  } else if (want.kind === 'at') {
    builder.timeBased().at(want.at).create();
  } else if (want.kind === 'edit') {
    builder.forSpreadsheet(want.spreadsheetId).onEdit().create();
  } else {
    builder.forForm(want.formId).onFormSubmit().create();
  }
}
