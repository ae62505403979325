import type { LocalDateTime } from '../cell';
import { googleCalendarLink } from './add-to-calendar';
import { catalogue } from '../i18n/catalogue';
import { formatDayDate } from '../i18n/dates';
import type { Language } from '../plan';
import { SCHOOL_TIME_ZONE } from '../time-zone';
import { html, link, oneLine, plain } from './escape';
import {
  HEADING_STYLE,
  SUBHEADING_STYLE,
  actionButton,
  actionLines,
  htmlDocument,
  type MailAction,
} from './layout';
import type { RenderedMail } from './rendered-mail';
import { activityHours, dateRange } from './when';

export interface InvitationActivity {
  readonly title: string;
  readonly start?: LocalDateTime;
  readonly end?: LocalDateTime;
  readonly timeConfirmed?: boolean;
  readonly location?: string;
  readonly platform?: string;
  readonly link?: string;
}

export interface FormLink {
  readonly label: string;
  readonly url: string;
  /** The day answers are wanted by (shown under the form's button). */
  readonly deadline?: LocalDateTime;
}

export interface InvitationData {
  readonly language: Language;
  readonly recipientName: string;
  readonly school: string;
  readonly year: number;
  readonly theme: string;
  readonly weekStart: LocalDateTime;
  readonly weekEnd: LocalDateTime;
  readonly activities: readonly InvitationActivity[];
  readonly forms?: readonly FormLink[];
  readonly senderName?: string;
  readonly organiserEmail?: string;
  /** The zone of the activities' wall-clock times, for the "add to calendar" links. */
  readonly timeZone?: string;
}

function where(a: InvitationActivity): { text: string; html: string } {
  const place = oneLine(a.location);
  const platform = oneLine(a.platform);
  const url = oneLine(a.link);
  const parts = [place, platform].filter((p) => p !== '');
  const text = [...parts, url].filter((p) => p !== '').join(' – ');
  const htmlParts = parts.map((p) => html(p));
  if (url !== '') htmlParts.push(link(url));
  return { text, html: htmlParts.join(' – ') };
}

/** One line of the programme under its day: the hours (or the days it spans) and the title. */
interface ProgrammeItem {
  readonly title: string;
  /** "08:00–10:00 (giờ dự kiến)", or '' for a whole day or one that spans several. */
  readonly hours: string;
  /** The days an activity spans: "từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021". */
  readonly until: string;
  readonly where: { text: string; html: string };
  readonly calendarUrl?: string;
}

interface ProgrammeDay {
  /** "thứ Ba, 05/10/2021", or the "to be announced" label for undated activities. */
  readonly label: string;
  readonly items: readonly ProgrammeItem[];
}

/**
 * The programme as short lists under their day, in the order given (time order): a phone shows
 * a list without scrolling sideways, where a four-column table does not fit. Activities that
 * last several days (banners, displays) come last under a heading of their own, so the days
 * show what happens at an hour; only those get an "add to calendar" link.
 */
function programmeDays(data: InvitationData): ProgrammeDay[] {
  const language = data.language;
  const t = catalogue(language).mail.invitation;
  const days: { key: string; label: string; items: ProgrammeItem[] }[] = [];
  const dayOf = (key: string, label: string) => {
    let day = days.find((d) => d.key === key);
    if (!day) {
      day = { key, label, items: [] };
      days.push(day);
    }
    return day;
  };
  const severalDays: ProgrammeItem[] = [];
  for (const a of data.activities) {
    const spans = !!a.start && !!a.end && a.end.iso.slice(0, 10) !== a.start.iso.slice(0, 10);
    const item: ProgrammeItem = {
      title: oneLine(a.title),
      hours: spans || !a.start ? '' : activityHours(a.start, a.end, a.timeConfirmed ?? true, language),
      until: spans ? dateRange(a.start!, a.end!, language) : '',
      where: where(a),
      ...(!spans && a.start && a.end && a.end.iso > a.start.iso
        ? {
            calendarUrl: googleCalendarLink({
              title: oneLine(a.title),
              start: a.start,
              end: a.end,
              timeZone: data.timeZone ?? SCHOOL_TIME_ZONE,
              ...(a.location ? { location: oneLine(a.location) } : {}),
              ...(a.link ? { url: oneLine(a.link) } : {}),
            }),
          }
        : {}),
    };
    if (spans) severalDays.push(item);
    else if (a.start) dayOf(a.start.iso.slice(0, 10), formatDayDate(a.start, language)).items.push(item);
    else dayOf('', t.undated).items.push(item);
  }
  // Undated activities after the dated days, the several-day ones last.
  const ordered = [...days.filter((d) => d.key !== ''), ...days.filter((d) => d.key === '')];
  if (severalDays.length > 0) ordered.push({ key: 'several', label: t.severalDays, items: severalDays });
  return ordered.map(({ label, items }) => ({ label, items }));
}

/**
 * The invitation to the week, built for a phone: what to do first (one button per form, with
 * its deadline), then the programme as a short list per day, each dated activity with a link
 * that adds it to the reader's calendar.
 */
export function invitationMail(data: InvitationData): RenderedMail {
  const m = catalogue(data.language).mail;
  const w = { ...m.invitation, greeting: m.greeting, closing: m.closing };
  const school = oneLine(data.school);
  const name = oneLine(data.recipientName);
  const theme = oneLine(data.theme);
  const range = dateRange(data.weekStart, data.weekEnd, data.language);
  const days = programmeDays(data);
  const actions: MailAction[] = (data.forms ?? [])
    .map((f) => ({
      label: oneLine(f.label),
      url: oneLine(f.url),
      ...(f.deadline ? { note: w.deadline(formatDayDate(f.deadline, data.language)) } : {}),
    }))
    .filter((f) => f.url !== '');
  const signature = oneLine(data.senderName) || school;
  const organiser = oneLine(data.organiserEmail);
  const itemText = (i: ProgrammeItem): string =>
    `- ${[i.hours, i.title, i.until ? `(${i.until})` : ''].filter((p) => p !== '').join(' ')}` +
    (i.where.text ? ` — ${i.where.text}` : '');

  const text = [
    w.greeting(name),
    '',
    w.intro(school, data.year, range),
    `${w.theme}: “${theme}”.`,
    ...(actions.length > 0 ? ['', `${w.forms}:`, ...actionLines(actions)] : []),
    '',
    `${w.programme}:`,
    ...(days.length === 0 ? [w.noActivities] : days.flatMap((d) => ['', d.label, ...d.items.map(itemText)])),
    ...(organiser ? ['', w.reply(organiser)] : []),
    '',
    w.closing,
    signature,
  ].join('\n');

  const itemHtml = (i: ProgrammeItem): string =>
    '<li style="margin:0 0 8px">' +
    (i.hours ? `<strong>${html(i.hours)}</strong> ` : '') +
    html(i.title) +
    (i.until ? ` (${html(i.until)})` : '') +
    (i.where.html ? `<br><span style="color:#4a4f55">${i.where.html}</span>` : '') +
    (i.calendarUrl ? `<br>${link(i.calendarUrl, w.addToCalendar)}` : '') +
    '</li>';
  const programme =
    days.length === 0
      ? [`<p>${html(w.noActivities)}</p>`]
      : days.flatMap((d) => [
          `<h3 style="${SUBHEADING_STYLE}">${html(d.label)}</h3>`,
          '<ul style="margin:0;padding-left:20px">',
          ...d.items.map(itemHtml),
          '</ul>',
        ]);
  const body = [
    `<p>${html(w.greeting(name))}</p>`,
    `<p>${html(w.intro(school, data.year, range))} ${html(w.theme)}: <strong>“${html(theme)}”</strong>.</p>`,
    ...(actions.length > 0 ? [`<p>${html(w.forms)}:</p>`, ...actions.map(actionButton)] : []),
    `<h2 style="${HEADING_STYLE}">${html(w.programme)}</h2>`,
    ...programme,
    ...(organiser ? [`<p>${html(w.reply(organiser))}</p>`] : []),
    `<p>${html(w.closing)}<br>${html(signature)}</p>`,
  ].join('\n');

  const subject = oneLine(w.subject(data.year, school));
  return { subject, text: plain(text), html: htmlDocument(data.language, subject, body) };
}
