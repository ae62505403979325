import { formatPercent, type Ratio } from '../forms/attendance';
import { formatShortDate } from '../i18n/dates';
import type { Activity, Language } from '../plan';
import type { ReportBlock, Run, TableCell } from './blocks';
import { OPENING_CHART, SEATS_CHART } from './charts';
import type { ReportFigures } from './figures';
import { activityWhen, languageOf, plain, sourceNote, tabOf, textsOf, type ReportTexts } from './report-text';

/** Section II: the results, section by section of the plan. */

const p = (text: string, extra: Partial<Run> = {}): ReportBlock => ({
  kind: 'paragraph',
  align: 'justify',
  runs: [{ text, ...extra }],
});
const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, ...extra });
const h2 = (number: string, text: string): ReportBlock => ({ kind: 'heading', level: 2, number, text });

function outreachBlocks(f: ReportFigures, t: ReportTexts): ReportBlock[] {
  const r = t.results.outreach;
  const blocks: ReportBlock[] = [h2('1.', r.title)];
  const total = f.outreachByChannel.reduce((n, c) => n + c.entries.length, 0);
  if (total === 0) blocks.push(p(r.none));
  else {
    const per = f.outreachByChannel.map((c) => `${plain(c.channel)}: ${c.entries.length}`).join('; ');
    blocks.push(p(r.summary(total, f.outreachByChannel.length, per)));
    blocks.push({
      kind: 'table',
      header: r.header,
      widths: [14, 13, 33, 18, 22],
      rows: f.outreachByChannel.flatMap((c) =>
        c.entries.map((e) => [
          cell(plain(c.channel)),
          cell(e.date ? formatShortDate(e.date) : t.noData),
          e.link ? cell(plain(e.link), { link: e.link }) : cell(t.noData),
          cell(e.by ? plain(e.by) : ''),
          cell(e.note ? plain(e.note) : ''),
        ]),
      ),
      source: sourceNote(
        tabOf(f, 'outreach'),
        f.outreachByChannel.flatMap((c) => c.entries.map((e) => e.row)),
        t,
      ),
    });
  }
  const inv = f.invitations;
  blocks.push(
    p(inv ? r.invitations(inv.sent, inv.waiting, inv.failed, tabOf(f, 'outbox')) : r.noInvitations),
  );
  return blocks;
}

type ActivityState = 'done' | 'overdue' | 'upcoming' | 'cancelled';

function activityBlocks(f: ReportFigures, t: ReportTexts, lang: Language): ReportBlock[] {
  const r = t.results.activities;
  const a = f.activities;
  const all: [Activity, ActivityState][] = [
    ...a.done.map((x) => [x, 'done'] as [Activity, 'done']),
    ...a.overdue.map((x) => [x, 'overdue'] as [Activity, 'overdue']),
    ...a.upcoming.map((x) => [x, 'upcoming'] as [Activity, 'upcoming']),
    ...a.cancelled.map((x) => [x, 'cancelled'] as [Activity, 'cancelled']),
  ];
  const blocks: ReportBlock[] = [h2('2.', r.title)];
  if (all.length === 0) return [...blocks, p(r.none)];
  blocks.push(
    p(r.summary(all.length, a.done.length, a.overdue.length, a.upcoming.length, a.cancelled.length)),
  );
  blocks.push({
    kind: 'table',
    header: r.header,
    widths: [7, 30, 17, 12, 21, 13],
    rows: all.map(([x, state]) => [
      cell(x.id),
      cell(plain(x.title)),
      cell(activityWhen(x, lang)),
      cell(r.status[state], { bold: state === 'overdue' }),
      cell(x.resultNotes ? plain(x.resultNotes) : state === 'done' ? t.noData : ''),
      x.evidence ? cell(plain(x.evidence), { link: x.evidence }) : cell(state === 'done' ? t.noData : ''),
    ]),
    source: sourceNote(
      tabOf(f, 'activities'),
      all.map(([x]) => x.row),
      t,
    ),
  });
  return blocks;
}

function ratioText(r: Ratio, lang: Language): string {
  return `${r.count}/${r.total} (${formatPercent(r.percent, lang)})`;
}

function verdict(r: Ratio, t: ReportTexts): string {
  const o = t.results.opening;
  return r.total === 0 ? t.noData : r.met ? o.verdictMet : o.verdictMissed(r.needed);
}

function openingBlocks(f: ReportFigures, t: ReportTexts, lang: Language): ReportBlock[] {
  const r = t.results.opening;
  const blocks: ReportBlock[] = [h2('3.', r.title)];
  const o = f.opening;
  if (!o || o.present.total === 0) return [...blocks, p(r.none)];
  const target = formatPercent(o.target, lang);
  const presentVerdict = o.present.met ? r.met(target) : r.missed(target, o.present.needed);
  blocks.push(p(r.summary(ratioText(o.registered, lang), ratioText(o.present, lang), presentVerdict)));
  blocks.push({
    kind: 'table',
    header: r.header(target),
    widths: [28, 12, 18, 18, 24],
    rows: [
      ...o.groups.map((g) => [
        cell(plain(g.group)),
        cell(String(g.present.total)),
        cell(ratioText(g.registered, lang)),
        cell(ratioText(g.present, lang)),
        cell(verdict(g.present, t)),
      ]),
      [
        cell(t.results.wholeSchool, { bold: true }),
        cell(String(o.present.total), { bold: true }),
        cell(ratioText(o.registered, lang), { bold: true }),
        cell(ratioText(o.present, lang), { bold: true }),
        cell(verdict(o.present, t), { bold: true }),
      ],
    ],
    source:
      r.source(tabOf(f, 'attendance'), o.rows, o.notCounted, tabOf(f, 'people')) +
      (o.outsiders.length > 0 ? r.outsiders(o.outsiders.length) : ''),
  });
  const caption = r.caption(target);
  blocks.push({ kind: 'chart', chartId: OPENING_CHART, caption, missing: t.charts.missing(caption) });
  return blocks;
}

function trainingBlocks(f: ReportFigures, t: ReportTexts, lang: Language): ReportBlock[] {
  const r = t.results.training;
  const blocks: ReportBlock[] = [h2('4.', r.title)];
  const tr = f.training;
  if (!tr || tr.sessions.length === 0) return [...blocks, p(r.none)];
  const seated = tr.sessions.reduce((n, s) => n + s.seated, 0);
  const waiting = tr.sessions.reduce((n, s) => n + s.waiting, 0);
  blocks.push(p(r.summary(tr.sessions.length, seated, waiting, tr.rows - tr.notCounted)));
  blocks.push({
    kind: 'table',
    header: r.header,
    widths: [8, 38, 24, 10, 10, 10],
    rows: tr.sessions.map((s) => [
      cell(s.activity.id),
      cell(plain(s.activity.title)),
      cell(activityWhen(s.activity, lang)),
      cell(s.capacity === undefined ? r.unlimited : String(s.capacity)),
      cell(String(s.seated)),
      cell(String(s.waiting)),
    ]),
    source: r.source(tabOf(f, 'trainingSignups'), tr.rows, tr.notCounted, tabOf(f, 'activities')),
  });
  blocks.push({
    kind: 'chart',
    chartId: SEATS_CHART,
    caption: r.caption,
    missing: t.charts.missing(r.caption),
  });
  return blocks;
}

function pledgeBlocks(f: ReportFigures, t: ReportTexts): ReportBlock[] {
  const r = t.results.pledges;
  const blocks: ReportBlock[] = [h2('5.', r.title)];
  const tr = f.training;
  if (!tr || tr.pledges.length === 0) return [...blocks, p(r.none)];
  blocks.push(p(r.summary(tr.pledgers)));
  blocks.push({
    kind: 'table',
    header: r.header,
    widths: [70, 30],
    rows: tr.pledges.map((x) => [cell(plain(x.kind)), cell(String(x.count))]),
    source: r.source(tabOf(f, 'trainingSignups')),
  });
  return blocks;
}

function nominationBlocks(f: ReportFigures, t: ReportTexts): ReportBlock[] {
  const r = t.results.nominations;
  const blocks: ReportBlock[] = [h2('6.', r.title)];
  const n = f.nominations;
  if (!n || n.total === 0) return [...blocks, p(r.none)];
  blocks.push(p(r.summary(n.total, n.consented, n.withoutConsent, n.selected.length, n.sent)));
  const ward = f.plan.settings?.wardAssociation ? plain(f.plan.settings.wardAssociation) : t.notFilled;
  if (n.selected.length === 0) {
    blocks.push(p(r.listNone(ward)));
    return blocks;
  }
  blocks.push(p(r.listIntro(ward)));
  blocks.push({
    kind: 'table',
    header: r.header,
    widths: [6, 20, 16, 8, 34, 16],
    rows: n.selected.map((x, i) => [
      cell(String(i + 1)),
      cell(plain(x.family)),
      cell(x.child ? plain(x.child) : ''),
      cell(x.className ? plain(x.className) : ''),
      cell(x.achievements ? plain(x.achievements) : t.noData),
      x.evidence ? cell(plain(x.evidence), { link: x.evidence }) : cell(''),
    ]),
    source: sourceNote(
      tabOf(f, 'nominations'),
      n.selected.map((x) => x.row),
      t,
    ),
  });
  return blocks;
}

function commendationBlocks(f: ReportFigures, t: ReportTexts, lang: Language): ReportBlock[] {
  const r = t.results.commendation;
  const blocks: ReportBlock[] = [h2('7.', r.title), p(r.rule, { italic: true })];
  const c = f.commendation;
  if (!c) return [...blocks, p(r.none)];
  if (c.groups.length === 0) blocks.push(p(r.groupsNone));
  else
    blocks.push(
      p(
        r.groups(
          c.groups
            .map((g) =>
              r.group(
                plain(g.group),
                g.present.count,
                g.present.total,
                formatPercent(g.present.percent, lang),
              ),
            )
            .join('; '),
        ),
      ),
    );
  if (c.people.length === 0) {
    blocks.push(p(r.peopleNone));
    return blocks;
  }
  blocks.push(p(r.people(c.people.length)));
  blocks.push({
    kind: 'table',
    header: r.header,
    widths: [10, 55, 35],
    rows: c.people.map((x, i) => [
      cell(String(i + 1)),
      cell(plain(x.name)),
      cell(x.group ? plain(x.group) : ''),
    ]),
    source: sourceNote(
      tabOf(f, 'people'),
      c.people.map((x) => x.row),
      t,
    ),
  });
  return blocks;
}

export function resultBlocks(f: ReportFigures): ReportBlock[] {
  const lang = languageOf(f);
  const t = textsOf(f);
  return [
    { kind: 'heading', level: 1, number: 'II.', text: t.results.sectionII },
    ...outreachBlocks(f, t),
    ...activityBlocks(f, t, lang),
    ...openingBlocks(f, t, lang),
    ...trainingBlocks(f, t, lang),
    ...pledgeBlocks(f, t),
    ...nominationBlocks(f, t),
    ...commendationBlocks(f, t, lang),
  ];
}
