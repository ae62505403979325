import { formatPercent, type Ratio } from '../forms/attendance';
import { formatShortDate } from '../i18n/dates';
import type { Activity, Language } from '../plan';
import type { ReportBlock, Run, TableCell } from './blocks';
import { OPENING_CHART, SEATS_CHART } from './charts';
import { BANNER_CHANNEL, districtFigures } from './district-figures';
import type { ActivityParticipation } from './participation';
import type { ReportFigures } from './figures';
import { activitySpan, languageOf, plain, sourceNote, tabOf, textsOf, type ReportTexts } from './report-text';

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
  const posts = f.outreachByChannel.filter((c) => c.channel !== BANNER_CHANNEL);
  const banners = f.outreachByChannel.find((c) => c.channel === BANNER_CHANNEL)?.entries.length ?? 0;
  const total = posts.reduce((n, c) => n + c.entries.length, 0);
  if (total === 0 && banners === 0) blocks.push(p(r.none));
  if (total > 0) {
    const per = posts.map((c) => `${plain(c.channel)}: ${c.entries.length}`).join('; ');
    blocks.push(p(r.summary(total, posts.length, per)));
  }
  if (banners > 0) blocks.push(p(r.banners(banners)));
  if (total + banners > 0) {
    blocks.push({
      kind: 'table',
      header: r.header,
      widths: [1, 1, 3, 2, 3],
      noWrap: [false, true, false, false, false],
      rows: f.outreachByChannel.flatMap((c) =>
        c.entries.map((e) => [
          cell(plain(c.channel)),
          cell(e.date ? formatShortDate(e.date).slice(0, 5) : ''),
          e.link ? cell(plain(e.link), { link: e.link }) : cell(''),
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

type ActivityState = 'done' | 'overdue' | 'upcoming' | 'postponed' | 'cancelled';

/** "12 CB-GV-NV, 40 trẻ, 25 phụ huynh": what the owner reported, the counts they gave. */
function peopleText(record: ActivityParticipation | undefined, t: ReportTexts): string {
  if (!record) return '';
  const w = t.results.activities.people;
  return (
    [
      record.staff === undefined ? undefined : w.staff(record.staff),
      record.children === undefined ? undefined : w.children(record.children),
      record.parents === undefined ? undefined : w.parents(record.parents),
      record.others === undefined ? undefined : w.others(record.others),
    ] as (string | undefined)[]
  )
    .filter((x) => x !== undefined)
    .join(', ');
}

/** "HD07 Nói chuyện chuyên đề (mời được báo cáo viên vào tháng 11)" for the sentences. */
function namedList(
  activities: readonly Activity[],
  t: ReportTexts,
  extra: (a: Activity) => string = () => '',
): string {
  const r = t.results.activities;
  // A long list names the codes only: the table just below gives each title.
  if (activities.length > TITLES_NAMED) return activities.map((a) => a.id + extra(a)).join(', ');
  return activities.map((a) => r.item(a.id, plain(a.title)) + extra(a)).join('; ');
}

/** Beyond this many activities a sentence names their codes, not their titles. */
const TITLES_NAMED = 4;

/**
 * Evidence cells may hold several links (one a line, or separated by spaces or commas): each
 * becomes a link. Evidence that is not only links (a note, a place) is printed as it was typed.
 */
function evidenceRuns(evidence: string | undefined): Run[] {
  if (!evidence) return [];
  const text = plain(evidence);
  const parts = text.split(/[\s,;]+/).filter((x) => x !== '');
  if (parts.length === 0) return [];
  if (!parts.every((x) => /^https?:\/\/\S+$/i.test(x))) return [{ text }];
  return parts.flatMap((x, i): Run[] => [...(i > 0 ? [{ text: '; ' }] : []), { text: x, link: x }]);
}

function resultItems(f: ReportFigures, t: ReportTexts): Run[][] {
  const r = t.results.activities;
  return f.activities.done.map((a) => {
    const notes = a.resultNotes ? plain(a.resultNotes).replace(/\s*\n\s*/g, ' ') : '';
    const people = peopleText(f.participation.get(a.id), t);
    const evidence = evidenceRuns(a.evidence);
    const sentence = notes === '' ? r.noResult : /[.!?…]$/.test(notes) ? notes : `${notes}.`;
    return [
      { text: `${r.item(a.id, plain(a.title))}: `, bold: true },
      { text: sentence },
      ...(people ? [{ text: r.resultTook(people) }] : []),
      ...(evidence.length > 0 ? [{ text: r.evidence }, ...evidence] : []),
    ];
  });
}

function activityBlocks(f: ReportFigures, t: ReportTexts, lang: Language): ReportBlock[] {
  const r = t.results.activities;
  const a = f.activities;
  const all: [Activity, ActivityState][] = [
    ...a.done.map((x) => [x, 'done'] as [Activity, 'done']),
    ...a.postponed.map((x) => [x, 'postponed'] as [Activity, 'postponed']),
    ...a.cancelled.map((x) => [x, 'cancelled'] as [Activity, 'cancelled']),
    ...a.overdue.map((x) => [x, 'overdue'] as [Activity, 'overdue']),
    ...a.upcoming.map((x) => [x, 'upcoming'] as [Activity, 'upcoming']),
  ];
  const blocks: ReportBlock[] = [h2('2.', r.title)];
  if (all.length === 0) return [...blocks, p(r.none)];
  // The reason as the owner typed it: it is the school's text, quoted, never rewritten.
  const reason = (x: Activity): string => (x.resultNotes ? r.reason(plain(x.resultNotes)) : '');
  // The owner is an address in the plan; the report names the person the People tab gives it.
  const owner = (x: Activity): string => {
    if (!x.owner) return '';
    const email = x.owner.trim().toLowerCase();
    const person = f.plan.people.find((p) => p.email.trim().toLowerCase() === email);
    // An address is no name for the district: without a person in the People tab, none is given.
    return person ? r.owner(plain(person.name)) : '';
  };
  const sentences = [
    r.done(a.done.length, all.length),
    ...(a.postponed.length > 0 ? [r.postponed(a.postponed.length, namedList(a.postponed, t, reason))] : []),
    ...(a.cancelled.length > 0 ? [r.cancelled(a.cancelled.length, namedList(a.cancelled, t, reason))] : []),
    ...(a.overdue.length > 0 ? [r.notReported(a.overdue.length, namedList(a.overdue, t, owner))] : []),
    ...(a.upcoming.length > 0 ? [r.upcoming(a.upcoming.length, namedList(a.upcoming, t))] : []),
  ];
  blocks.push(p(sentences.join(' ')));
  blocks.push({
    kind: 'table',
    header: r.header,
    widths: [1, 4, 1, 1, 2],
    noWrap: [true, false, true, true, false],
    rows: all.map(([x, state]) => [
      cell(x.id),
      cell(plain(x.title)),
      cell(activitySpan(x, lang)),
      cell(r.status[state], { bold: state === 'overdue' }),
      cell(peopleText(f.participation.get(x.id), t)),
    ]),
    source: sourceNote(
      tabOf(f, 'activities'),
      all.map(([x]) => x.row),
      t,
    ),
  });
  if (a.done.length > 0) {
    blocks.push(p(r.resultsIntro));
    blocks.push({ kind: 'bullets', items: resultItems(f, t) });
  }
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
  if (!o || o.present.total === 0) return [...blocks, p(r.none), ...familyBlocks(f, t, lang)];
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
  return [...blocks, ...familyBlocks(f, t, lang)];
}

/** The families who answered, class by class: which classes a teacher should still remind. */
function familyBlocks(f: ReportFigures, t: ReportTexts, lang: Language): ReportBlock[] {
  const families = f.families;
  if (!families) return [];
  const r = t.results.families;
  const listed = families.classes.filter((c) => c.kind !== 'unlisted');
  const total = listed.reduce((n, c) => n + c.families, 0);
  const answered = listed.reduce((n, c) => n + c.answered, 0);
  const share = (count: number, of: number): string =>
    of === 0 ? '' : formatPercent((100 * count) / of, lang);
  const blocks: ReportBlock[] = [p(r.intro(answered, total))];
  blocks.push({
    kind: 'table',
    header: r.header,
    widths: [40, 20, 20, 20],
    rows: [
      ...families.classes.map((c) => [
        cell(
          c.kind === 'unclassed'
            ? r.unclassed
            : c.kind === 'unlisted'
              ? r.unlisted(plain(c.name))
              : plain(c.name),
        ),
        cell(c.kind === 'unlisted' ? '' : String(c.families)),
        cell(String(c.answered)),
        cell(share(c.answered, c.families)),
      ]),
      [
        cell(t.results.wholeSchool, { bold: true }),
        cell(String(total), { bold: true }),
        cell(String(answered), { bold: true }),
        cell(share(answered, total), { bold: true }),
      ],
    ],
    source: r.source(tabOf(f, 'attendance'), tabOf(f, 'trainingSignups'), tabOf(f, 'families')),
  });
  if (families.unclassedAnswers > 0)
    blocks.push(p(r.unclassedAnswers(families.unclassedAnswers, tabOf(f, 'families'))));
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
  const held = tr.sessions.filter((s) => s.activity.status === 'đã thực hiện');
  const attended = districtFigures(f).find((x) => x.key === 'trainings.participants');
  const reported = held.filter((s) => {
    const x = f.participation.get(s.activity.id);
    return x !== undefined && [x.staff, x.children, x.parents, x.others].some((n) => n !== undefined);
  }).length;
  blocks.push(
    p(attended?.value === undefined ? r.notAttended : r.attended(attended.value, reported, held.length)),
  );
  blocks.push({
    kind: 'table',
    header: r.header,
    widths: [1, 4, 1, 1, 1, 1, 1],
    noWrap: [true, false, true, false, true, true, true],
    rows: tr.sessions.map((s) => {
      const attended = f.participation.get(s.activity.id);
      const counts = attended
        ? [attended.staff, attended.children, attended.parents, attended.others].filter(
            (n) => n !== undefined,
          )
        : [];
      return [
        cell(s.activity.id),
        cell(plain(s.activity.title)),
        cell(activitySpan(s.activity, lang)),
        cell(s.capacity === undefined ? r.unlimited : String(s.capacity)),
        cell(String(s.seated)),
        cell(String(s.waiting)),
        cell(counts.length > 0 ? String(counts.reduce((x, y) => x + y, 0)) : ''),
      ];
    }),
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
