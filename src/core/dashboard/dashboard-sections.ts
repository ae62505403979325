import { formatPercent } from '../forms/attendance';
import { catalogue } from '../i18n/catalogue';
import { formatDayDate, formatDayDateTime } from '../i18n/dates';
import { groupedInteger } from '../i18n/numbers';
import { html, safeUrl } from '../mail/escape';
import type { Language } from '../plan';
import { choiceLabel } from '../sheet-language';
import type { DashboardModel, RunLine, Share } from './dashboard-model';
import { weekPhase } from './week-countdown';

/** The sections of the page, each a <section> named by its heading; every value escaped here. */

type Texts = ReturnType<typeof catalogue>['dashboard'];

const wall = (iso: string) => ({ kind: 'local-datetime', iso }) as const;
const isWall = (text: string): boolean => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text);
const percentOf = (s: Share): number => (s.total === 0 ? 0 : (s.count * 100) / s.total);

function section(id: string, heading: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${html(heading)}</h2>${body}</section>`;
}

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: number[],
  wide = false,
): string {
  const cls = (i: number): string => (numeric.includes(i) ? ' class="n"' : '');
  const head = headers.map((h, i) => `<th scope="col"${cls(i)}>${html(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${cls(i)}>${c}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<table${wide ? ' class="wide"' : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function weekSection(model: DashboardModel, t: Texts, lang: Language): string {
  if (!model.week) return section('d-week', t.week.heading, `<p>${html(t.week.unknown)}</p>`);
  const phase = weekPhase(model.at, model.week);
  const headline =
    phase.phase === 'before'
      ? t.week.before(phase.days, phase.hours)
      : phase.phase === 'during'
        ? t.week.during
        : t.week.after;
  const span = t.week.span(
    formatDayDate(wall(model.week.start), lang),
    formatDayDate(wall(model.week.end), lang),
  );
  return section('d-week', t.week.heading, `<p class="big">${html(headline)}</p><p>${html(span)}</p>`);
}

export function findingsSection(model: DashboardModel, t: Texts, target: string): string {
  const f = model.findings;
  const counts = `<p class="big">${html(t.findings.counts(f.errors, f.warnings))}</p>`;
  if (f.errors + f.warnings === 0)
    return section('d-findings', t.findings.heading, `${counts}<p>${html(t.findings.clean)}</p>`);
  const items = f.shown
    .map((item) => {
      const word = item.severity === 'error' ? t.findings.error : t.findings.warning;
      const where = item.cell === '' ? item.tab : t.findings.cell(item.tab, item.cell);
      const href = safeUrl(item.href ?? undefined);
      const place = href ? `<a href="${html(href)}" target="${target}">${html(where)}</a>` : html(where);
      return `<li><span class="${item.severity}">${html(word)}</span> · ${place}<br>${html(item.text)}</li>`;
    })
    .join('');
  const more = f.errors + f.warnings - f.shown.length;
  const tail = more > 0 ? `<p class="note">${html(t.findings.more(more))}</p>` : '';
  return section('d-findings', t.findings.heading, `${counts}<ul class="findings">${items}</ul>${tail}`);
}

/** A bar for the eye (the figure beside it says the same to a screen reader), with the target marked. */
function bar(share: Share, target: number): string {
  const percent = Math.min(100, percentOf(share));
  const met = share.total > 0 && percent + 1e-9 >= target ? ' met' : '';
  return `<div class="bar" aria-hidden="true"><div class="fill${met}" style="width:${percent.toFixed(1)}%"></div><div class="target" style="left:${Math.min(99.5, target).toFixed(1)}%"></div></div>`;
}

export function openingSection(model: DashboardModel, t: Texts, lang: Language): string {
  const o = model.opening;
  if (o.registered.total === 0)
    return section('d-opening', t.opening.heading, `<p>${html(t.opening.none)}</p>`);
  const cell = (s: Share): string =>
    `${html(t.opening.line(s.count, s.total, formatPercent(percentOf(s), lang).replace(' %', '\u00a0%')))}${bar(s, o.target)}`;
  const rows = [{ group: t.opening.whole, registered: o.registered, present: o.present }, ...o.groups].map(
    (g) => [html(g.group), cell(g.registered), cell(g.present)],
  );
  const head = `<p>${html(t.opening.target(formatPercent(o.target, lang)))}</p>`;
  return section(
    'd-opening',
    t.opening.heading,
    head + table(['', t.opening.registered, t.opening.present], rows, []),
  );
}

export function sessionsSection(model: DashboardModel, t: Texts): string {
  if (model.sessions.length === 0)
    return section('d-sessions', t.sessions.heading, `<p>${html(t.sessions.none)}</p>`);
  const rows = model.sessions.map((s) => [
    `${html(s.id)} · ${html(s.title)}`,
    html(t.sessions.seatsOf(s.seated, s.capacity)),
    html(String(s.waiting)),
  ]);
  return section(
    'd-sessions',
    t.sessions.heading,
    table([t.sessions.session, t.sessions.seats, t.sessions.waiting], rows, [1, 2]),
  );
}

export function classesSection(model: DashboardModel, t: Texts): string {
  const c = model.classes;
  if (c.classes.length === 0 && c.unclassedAnswers === 0)
    return section('d-classes', t.classes.heading, `<p>${html(t.classes.none)}</p>`);
  const rows = c.classes.map((k) => [
    k.kind === 'unclassed'
      ? html(t.classes.unclassed)
      : k.kind === 'unlisted'
        ? `${html(k.name)} <span class="note">(${html(t.classes.unlisted)})</span>`
        : html(k.name),
    html(k.kind === 'unlisted' ? String(k.answered) : t.classes.line(k.answered, k.families)),
  ]);
  const tail =
    c.unclassedAnswers > 0
      ? `<p class="note">${html(t.classes.unclassedAnswers(c.unclassedAnswers))}</p>`
      : '';
  return section(
    'd-classes',
    t.classes.heading,
    table([t.classes.className, t.classes.answered], rows, [1]) + tail,
  );
}

export function nominationsSection(model: DashboardModel, t: Texts, lang: Language): string {
  const n = model.nominations;
  if (n.total === 0)
    return section('d-nominations', t.nominations.heading, `<p>${html(t.nominations.none)}</p>`);
  const rows = n.byStatus.map((s) => [
    html(choiceLabel(s.status, lang)),
    html(groupedInteger(s.count, lang)),
  ]);
  const head = `<p>${html(t.nominations.total(n.total, n.withoutConsent))}</p>`;
  return section(
    'd-nominations',
    t.nominations.heading,
    head + table([t.nominations.status, t.nominations.count], rows, [1]),
  );
}

export function resultsSection(model: DashboardModel, t: Texts, lang: Language): string {
  const r = model.results;
  if (r.activities.length === 0)
    return section('d-results', t.results.heading, `<p>${html(t.results.none)}</p>`);
  const reported = r.activities.filter((a) => a.outcome !== null).length;
  const rows = r.activities.map((a) => [
    `${html(a.id)} · ${html(a.title)}`,
    a.outcome === null
      ? `<span class="note">${html(t.results.notReported)}</span>`
      : html(choiceLabel(a.outcome, lang)),
  ]);
  const head = `<p>${html(t.results.counts(reported, r.activities.length))}</p>`;
  const tail = r.flagged > 0 ? `<p class="warning">${html(t.results.flagged(r.flagged))}</p>` : '';
  return section(
    'd-results',
    t.results.heading,
    head + table([t.results.activity, t.results.outcome], rows, [], true) + tail,
  );
}

export function outboxSection(model: DashboardModel, t: Texts, lang: Language): string {
  const o = model.outbox;
  const outlook = o.outlook.map((line) => `<p>${html(line)}</p>`).join('');
  if (o.byState.every((s) => s.count === 0))
    return section('d-outbox', t.outbox.heading, `<p>${html(t.outbox.empty)}</p>`);
  const rows = o.byState.map((s) => [html(choiceLabel(s.state, lang)), html(groupedInteger(s.count, lang))]);
  return section('d-outbox', t.outbox.heading, outlook + table([t.outbox.state, t.outbox.count], rows, [1]));
}

function runRows(lines: readonly RunLine[], lang: Language): string[][] {
  return lines.map((l) => [
    html(l.action),
    html(isWall(l.at) ? formatDayDateTime(wall(l.at), lang) : l.at),
    `${html(l.outcome)}${l.detail === '' ? '' : `<br><span class="note">${html(l.detail)}</span>`}`,
  ]);
}

export function runsSection(model: DashboardModel, t: Texts, lang: Language): string {
  const r = model.runs;
  if (r.latest.length === 0) return section('d-runs', t.runs.heading, `<p>${html(t.runs.none)}</p>`);
  const headers = [t.runs.action, t.runs.at, t.runs.outcome];
  const errors =
    r.errorCount === 0
      ? `<p>${html(t.runs.noErrors)}</p>`
      : `<h3 class="error">${html(t.runs.errorsHeading(r.errorCount))}</h3>${table(headers, runRows(r.errors, lang), [])}`;
  return section('d-runs', t.runs.heading, table(headers, runRows(r.latest, lang), []) + errors);
}

/** "Số liệu lúc thứ Năm, 30/09/2021 10:00" */
export function builtAtText(model: DashboardModel, lang: Language): string {
  return catalogue(lang).dashboard.builtAt(
    isWall(model.at) ? formatDayDateTime(wall(model.at), lang) : model.at,
  );
}

export function headerBlock(model: DashboardModel, t: Texts, lang: Language, controls: string): string {
  const built = builtAtText(model, lang);
  const school = model.school === '' ? '' : `<p>${html(model.school)}</p>`;
  return `<header><div><h1>${html(t.title)}</h1>${school}<p class="meta" id="d-built">${html(built)}</p></div>${controls}</header>`;
}
