import type { Activity, Language } from '../plan';
import { catalogue } from '../i18n/catalogue';
import { formatDayDate, formatTime } from '../i18n/dates';
import { forms as viForms } from '../i18n/vi/forms';
import { foldKey } from '../text';

/**
 * Session choices carry the activity id in front ("[HD05] …"): the rest of the label (date,
 * seats left) changes as seats fill or the principal edits the activity, the id does not, so a
 * response always maps back to its activity. Never match on the label's date text: a
 * locale's string is no key.
 */

export const SESSION_CATEGORIES = ['tập huấn', 'nói chuyện'] as const;
export const FULL_MARK = viForms.seats.full;

const ID_PREFIX = /^\s*\[([A-Za-z0-9_.-]+)\]\s*/;

/** Activities offered as sessions, in start order (undated last, then by id). */
export function sessionActivities(activities: readonly Activity[]): Activity[] {
  return activities
    .filter((a) => (SESSION_CATEGORIES as readonly string[]).includes(a.category) && a.status !== 'hủy')
    .slice()
    .sort((a, b) => {
      const as = a.start?.iso ?? '9999';
      const bs = b.start?.iso ?? '9999';
      return as < bs ? -1 : as > bs ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}

/** Seats left, or undefined when the session has no capacity limit. */
export function seatsLeft(activity: Activity, seatsTaken: number): number | undefined {
  if (activity.capacity === undefined) return undefined;
  return Math.max(0, activity.capacity - seatsTaken);
}

/**
 * "[HD05] Tập huấn an toàn Internet – thứ Ba, 05/10/2021, 08:00–10:00, Zoom – còn 12 chỗ".
 * No comma may follow the id prefix's "]" directly: CSV splitting relies on ", [".
 */
export function sessionChoiceLabel(activity: Activity, seatsTaken = 0, lang: Language = 'vi'): string {
  const t = catalogue(lang).forms.seats;
  const parts: string[] = [`[${activity.id}] ${activity.title}`];
  const when: string[] = [];
  if (activity.start) {
    when.push(formatDayDate(activity.start, lang));
    when.push(
      activity.end ? `${formatTime(activity.start)}–${formatTime(activity.end)}` : formatTime(activity.start),
    );
  }
  const where = activity.platform ?? activity.location;
  if (where) when.push(where);
  if (when.length > 0) parts.push(when.join(', '));
  const left = seatsLeft(activity, seatsTaken);
  if (left !== undefined) parts.push(left === 0 ? t.full : t.left(left));
  return parts.join(' – ');
}

export type SessionChoiceMatch =
  | { readonly kind: 'session'; readonly activityId: string; readonly activity: Activity }
  /** The id (or title) names an activity that was cancelled ("hủy"). */
  | { readonly kind: 'cancelled'; readonly activityId: string; readonly activity: Activity }
  /** Neither the id nor the title matches any activity: renamed without id, or deleted. */
  | { readonly kind: 'unknown'; readonly label: string; readonly activityId?: string };

/**
 * Maps a ticked label back to its activity: by the "[id]" prefix first; a label without a
 * prefix (typed by hand, an older form) matches when its text before " – " folds equal to
 * exactly one activity's title.
 */
export function parseSessionChoice(label: string, activities: readonly Activity[]): SessionChoiceMatch {
  const prefixed = ID_PREFIX.exec(label.normalize('NFC'));
  let found: Activity | undefined;
  let activityId: string | undefined;
  if (prefixed) {
    activityId = prefixed[1]!;
    const wanted = activityId.toUpperCase();
    found = activities.find((a) => a.id.toUpperCase() === wanted);
  } else {
    const head = foldKey(label.split(' – ')[0] ?? '');
    const hits = activities.filter((a) => foldKey(a.title) === head);
    if (hits.length === 1) found = hits[0];
  }
  if (!found) return activityId ? { kind: 'unknown', label, activityId } : { kind: 'unknown', label };
  if (found.status === 'hủy') return { kind: 'cancelled', activityId: found.id, activity: found };
  return { kind: 'session', activityId: found.id, activity: found };
}

/**
 * Splits a checkbox answer that an export joined with ", " (Google Forms' CSV). Labels contain
 * commas themselves, so: session labels split before each ", [id]"; other answers split by
 * matching the known choices, longest first, and whatever is left is one free "Khác" text.
 */
export function splitJoinedChoices(joined: string, choices: readonly string[]): string[] {
  const text = joined.trim();
  if (text === '') return [];
  if (ID_PREFIX.test(text)) return text.split(/,\s*(?=\[[A-Za-z0-9_.-]+\])/).map((s) => s.trim());
  const known = choices.slice().sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let rest = text;
  while (rest !== '') {
    const hit = known.find((c) => rest === c || rest.startsWith(c + ', '));
    if (hit) {
      out.push(hit);
      rest = rest.slice(hit.length).replace(/^,\s*/, '');
      continue;
    }
    // Unknown text: the "other" answer. Google puts it last, so it takes up to the next known choice.
    const next = known
      .map((c) => rest.indexOf(', ' + c))
      .filter((i) => i > 0)
      .sort((a, b) => a - b)[0];
    if (next === undefined) {
      out.push(rest.trim());
      rest = '';
    } else {
      out.push(rest.slice(0, next).trim());
      rest = rest.slice(next + 2);
    }
  }
  return out;
}

/** The capacities allocateSeats needs, for the sessions offered now. */
export function sessionCapacities(activities: readonly Activity[]): { id: string; capacity?: number }[] {
  return sessionActivities(activities).map((a) =>
    a.capacity === undefined ? { id: a.id } : { id: a.id, capacity: a.capacity },
  );
}
