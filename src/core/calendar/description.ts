import { catalogue } from '../i18n/catalogue';
import type { Activity, Settings } from '../plan';
import { choiceLabel } from '../sheet-language';

// The results form is the owners', never a guest's: no event links to it.
type FormKey = Exclude<keyof Settings['formUrls'], 'result'>;

/** Which form an activity's guests need: register for the opening, sign up for a session, vote. */
const FORM_OF_CATEGORY: Partial<Record<Activity['category'], FormKey>> = {
  'khai mạc': 'attendance',
  'tập huấn': 'training',
  'nói chuyện': 'training',
  'bình chọn': 'nomination',
};

/**
 * The event's description: its purpose (the week and its theme), how to join (platform and
 * link when online), where, who is in charge and the form to fill in. Plain text, one fact
 * per line: calendar clients show it as is.
 */
export function eventDescription(activity: Activity, settings: Settings): string {
  const t = catalogue(settings.language).calendar.description;
  const lines: string[] = [
    t.week(settings.year, settings.theme),
    `${t.category}: ${choiceLabel(activity.category, settings.language)}`,
  ];
  if (!activity.timeConfirmed) lines.push(t.tentative);
  if (activity.platform || activity.link) {
    lines.push(
      activity.platform && activity.platform !== 'Khác' ? t.online(activity.platform) : t.onlineNoPlatform,
    );
    if (activity.link) lines.push(`${t.link}: ${activity.link}`);
  }
  if (activity.location) lines.push(`${t.location}: ${activity.location}`);
  if (activity.owner) lines.push(`${t.owner}: ${activity.owner}`);
  const form = FORM_OF_CATEGORY[activity.category];
  const formUrl = form ? settings.formUrls[form] : undefined;
  if (form && formUrl) lines.push(`${t.form[form]}: ${formUrl}`);
  lines.push(`${t.organiser}: ${settings.school}`);
  return lines.join('\n');
}
