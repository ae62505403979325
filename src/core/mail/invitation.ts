import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import { html, link, oneLine, plain } from './escape';
import { CELL_STYLE, TABLE_STYLE, htmlDocument } from './layout';
import type { RenderedMail } from './rendered-mail';
import { activityWhen, dateRange } from './when';

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

/** The invitation to the week: theme, dates, the programme (table and list), the forms. */
export function invitationMail(data: InvitationData): RenderedMail {
  const m = catalogue(data.language).mail;
  const w = { ...m.invitation, greeting: m.greeting, closing: m.closing };
  const school = oneLine(data.school);
  const name = oneLine(data.recipientName);
  const theme = oneLine(data.theme);
  const range = dateRange(data.weekStart, data.weekEnd, data.language);
  const rows = data.activities.map((a) => ({
    title: oneLine(a.title),
    when: activityWhen(a.start, a.end, a.timeConfirmed ?? true, data.language),
    where: where(a),
  }));
  const forms = (data.forms ?? []).map((f) => ({ label: oneLine(f.label), url: oneLine(f.url) }));
  const signature = oneLine(data.senderName) || school;
  const organiser = oneLine(data.organiserEmail);

  const text = [
    w.greeting(name),
    '',
    w.intro(school, data.year, range),
    `${w.theme}: “${theme}”.`,
    '',
    `${w.programme}:`,
    ...(rows.length === 0
      ? [w.noActivities]
      : rows.map((r, i) => `${i + 1}. ${r.title} — ${r.when}${r.where.text ? ` — ${r.where.text}` : ''}`)),
    ...(forms.length > 0 ? ['', `${w.forms}:`, ...forms.map((f) => `- ${f.label}: ${f.url}`)] : []),
    ...(organiser ? ['', w.reply(organiser)] : []),
    '',
    w.closing,
    signature,
  ].join('\n');

  const table =
    rows.length === 0
      ? `<p>${html(w.noActivities)}</p>`
      : [
          `<table style="${TABLE_STYLE}">`,
          `<thead><tr><th style="${CELL_STYLE}">#</th><th style="${CELL_STYLE}">${html(w.activity)}</th>` +
            `<th style="${CELL_STYLE}">${html(w.when)}</th><th style="${CELL_STYLE}">${html(w.where)}</th></tr></thead>`,
          '<tbody>',
          ...rows.map(
            (r, i) =>
              `<tr><td style="${CELL_STYLE}">${i + 1}</td><td style="${CELL_STYLE}">${html(r.title)}</td>` +
              `<td style="${CELL_STYLE}">${html(r.when)}</td><td style="${CELL_STYLE}">${r.where.html}</td></tr>`,
          ),
          '</tbody>',
          '</table>',
        ].join('\n');
  const body = [
    `<p>${html(w.greeting(name))}</p>`,
    `<p>${html(w.intro(school, data.year, range))}</p>`,
    `<p>${html(w.theme)}: <strong>“${html(theme)}”</strong>.</p>`,
    `<h3 style="margin:16px 0 4px">${html(w.programme)}</h3>`,
    table,
    ...(forms.length > 0
      ? [`<p>${html(w.forms)}:</p>`, '<ul>', ...forms.map((f) => `<li>${link(f.url, f.label)}</li>`), '</ul>']
      : []),
    ...(organiser ? [`<p>${html(w.reply(organiser))}</p>`] : []),
    `<p>${html(w.closing)}<br>${html(signature)}</p>`,
  ].join('\n');

  const subject = oneLine(w.subject(data.year, school));
  return { subject, text: plain(text), html: htmlDocument(data.language, subject, body) };
}
