import { catalogue } from '../i18n/catalogue';
import { wallMinutes } from '../cell';
import { formatShortDate } from '../i18n/dates';
import type { Activity, Plan, Settings } from '../plan';
import { AUDIENCE_NONE } from '../schema/tables';
import { resolveAudience } from './audience';
import { eventDescription } from './description';
import type { DesiredEvent, SkippedActivity } from './types';

export interface DesiredEventsOptions {
  /** People seated in a training (forms issue), by activity id: invited besides the audience. */
  readonly seatedByActivity?: ReadonlyMap<string, readonly string[]>;
  /** Popup reminder shortly before the start, in minutes. Default 30. */
  readonly popupMinutes?: number;
}

export interface DesiredEvents {
  /** By activity id, in sheet order. */
  readonly events: ReadonlyMap<string, DesiredEvent>;
  /** Activities that ask for an invitation but cannot have an event now, and why. */
  readonly skipped: readonly SkippedActivity[];
}

/** The activities that want a calendar event: invite = yes and not cancelled. */
export const wantsEvent = (a: Activity): boolean => a.invite && a.status !== 'hủy';

/**
 * The event each invited activity should have. An activity whose time, audience or guest list
 * is not usable gets NO event and a reason — never a guessed one on a wrong day.
 */
export function desiredEvents(
  plan: Plan,
  settings: Settings,
  options: DesiredEventsOptions = {},
): DesiredEvents {
  const events = new Map<string, DesiredEvent>();
  const skipped: SkippedActivity[] = [];
  const reminders = reminderMinutes(settings, options.popupMinutes ?? 30);
  const t = catalogue(settings.language).calendar.skip;
  for (const activity of plan.activities) {
    if (!wantsEvent(activity) || events.has(activity.id)) continue;
    const skip = (reason: SkippedActivity['reason'], message: string): void => {
      skipped.push({
        activityId: activity.id,
        row: activity.row,
        reason,
        message: `${activity.id}: ${message}`,
      });
    };
    const { start, end } = activity;
    if (!start || !end) {
      skip('time-missing', t.timeMissing);
      continue;
    }
    if (wallMinutes(end) <= wallMinutes(start)) {
      skip('end-not-after-start', t.endNotAfterStart);
      continue;
    }
    const first = settings.weekStart.iso.slice(0, 10);
    const last = settings.weekEnd.iso.slice(0, 10);
    if (start.iso.slice(0, 10) < first || end.iso.slice(0, 10) > last) {
      skip(
        'outside-week',
        t.outsideWeek(formatShortDate(settings.weekStart), formatShortDate(settings.weekEnd)),
      );
      continue;
    }
    const seated = options.seatedByActivity?.get(activity.id) ?? [];
    const owner = activity.owner ? [activity.owner] : [];
    // A session with limited seats invites those who got a seat (and its owner), not everyone
    // it was open to: the others are on the waitlist or did not sign up.
    const limited = activity.capacity !== undefined && activity.capacity > 0;
    const audience = resolveAudience(plan, limited ? AUDIENCE_NONE : activity.audience, [
      ...seated,
      ...owner,
    ]);
    if (!audience.ok) {
      skip('audience-unknown', t.audienceUnknown(audience.audience));
      continue;
    }
    if (audience.invalid.length > 0) {
      skip('guest-email-invalid', t.guestEmailInvalid(audience.invalid.join(', ')));
      continue;
    }
    if (audience.guests.length === 0 && limited) {
      skip('no-guests', t.noSeated);
      continue;
    }
    if (audience.guests.length === 0) {
      skip('no-guests', t.noGuests);
      continue;
    }
    events.set(activity.id, {
      activityId: activity.id,
      title: activity.title,
      start,
      end,
      timeZone: settings.timeZone,
      ...(activity.location ? { location: activity.location } : {}),
      description: eventDescription(activity, settings),
      ...(activity.link ? { url: activity.link } : {}),
      guests: audience.guests,
      reminderMinutes: reminders,
    });
  }
  return { events, skipped };
}

/** The day-before popup (Settings "reminder lead time") and one shortly before the start. */
function reminderMinutes(settings: Settings, popup: number): number[] {
  const lead = Math.round(settings.reminderLeadHours * 60);
  return [...new Set([lead, popup].filter((m) => m > 0))].sort((a, b) => b - a);
}
