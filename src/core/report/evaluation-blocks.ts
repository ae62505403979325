import { formatPercent } from '../forms/attendance';
import { findingLine } from '../i18n/finding-messages';
import type { Activity, Language } from '../plan';
import type { ReportBlock, Run } from './blocks';
import type { ReportFigures } from './figures';
import { languageOf, plain, textsOf, type ReportTexts } from './report-text';

/** Sections III (evaluation) and IV (proposals), "Nơi nhận" and the signature. */

/** How many open plan findings section III spells out (the rest are counted). */
const FINDINGS_LISTED = 10;

const item = (text: string): Run[] => [{ text }];

/** Beyond this many activities a limit names their ids only (the table in II.2 has the titles). */
const TITLES_LISTED = 5;

function activityList(activities: readonly Activity[]): string {
  if (activities.length > TITLES_LISTED) return activities.map((a) => a.id).join(', ');
  return activities.map((a) => `${a.id} ${plain(a.title)}`).join('; ');
}

function strengths(f: ReportFigures, t: ReportTexts, lang: Language): Run[][] {
  const s = t.evaluation.strengths;
  const out: Run[][] = [];
  const done = f.activities.done.length;
  if (done > 0) out.push(item(s.done(done)));
  const posts = f.outreachByChannel.reduce((n, c) => n + c.entries.length, 0);
  if (posts > 0) out.push(item(s.posts(f.outreachByChannel.length, posts)));
  const o = f.opening;
  if (o?.present.met)
    out.push(item(s.opening(formatPercent(o.present.percent, lang), formatPercent(o.target, lang))));
  const tr = f.training;
  if (tr && tr.pledgers > 0) out.push(item(s.pledgers(tr.pledgers)));
  if (f.nominations && f.nominations.selected.length > 0)
    out.push(item(s.families(f.nominations.selected.length)));
  return out.length > 0 ? out : [item(t.noData)];
}

function limits(f: ReportFigures, t: ReportTexts, lang: Language): Run[][] {
  const l = t.evaluation.limits;
  const out: Run[][] = [];
  const o = f.opening;
  if (o && o.present.total > 0 && !o.present.met) {
    out.push(
      item(
        l.opening(formatPercent(o.present.percent, lang), formatPercent(o.target, lang), o.present.needed),
      ),
    );
  }
  const missed = o?.groups.filter((g) => g.present.total > 0 && !g.present.met) ?? [];
  if (missed.length > 0) out.push(item(l.groups(missed.map((g) => plain(g.group)).join(', '))));
  if (f.activities.overdue.length > 0) out.push(item(l.overdue(activityList(f.activities.overdue))));
  if (f.activities.cancelled.length > 0) out.push(item(l.cancelled(activityList(f.activities.cancelled))));
  const full = f.training?.sessions.filter((s) => s.waiting > 0) ?? [];
  if (full.length > 0)
    out.push(item(l.full(full.map((s) => l.fullSession(s.activity.id, s.waiting)).join('; '))));
  const errors = f.findings.filter((x) => x.severity === 'error').length;
  if (f.findings.length > 0) {
    out.push(item(l.findings(errors, f.findings.length - errors)));
    for (const x of f.findings.slice(0, FINDINGS_LISTED)) out.push(item(plain(findingLine(x, lang))));
    if (f.findings.length > FINDINGS_LISTED) out.push(item(l.more(f.findings.length - FINDINGS_LISTED)));
  }
  return out.length > 0 ? out : [item(l.none)];
}

function lessons(f: ReportFigures, t: ReportTexts): Run[][] {
  const l = t.evaluation.lessons;
  const out: Run[][] = [];
  const o = f.opening;
  if (o && o.registered.count > o.present.count)
    out.push(item(l.noShow(o.registered.count - o.present.count)));
  if (f.activities.overdue.length > 0) out.push(item(l.update));
  if ((f.training?.sessions ?? []).some((s) => s.waiting > 0)) out.push(item(l.demand));
  if (f.findings.length > 0) out.push(item(l.fix));
  return out.length > 0 ? out : [item(t.noData)];
}

export function evaluationBlocks(f: ReportFigures): ReportBlock[] {
  const lang = languageOf(f);
  const t = textsOf(f);
  const e = t.evaluation;
  const proposals = f.plan.settings?.proposals ? plain(f.plan.settings.proposals) : '';
  const proposalLines = proposals
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return [
    { kind: 'heading', level: 1, number: 'III.', text: e.sectionIII },
    { kind: 'heading', level: 2, number: '1.', text: e.strengthsTitle },
    { kind: 'bullets', items: strengths(f, t, lang) },
    { kind: 'heading', level: 2, number: '2.', text: e.limitsTitle },
    { kind: 'bullets', items: limits(f, t, lang) },
    { kind: 'heading', level: 2, number: '3.', text: e.lessonsTitle },
    { kind: 'bullets', items: lessons(f, t) },
    { kind: 'heading', level: 1, number: 'IV.', text: e.sectionIV },
    ...(proposalLines.length > 0
      ? proposalLines.map((text): ReportBlock => ({ kind: 'paragraph', align: 'justify', runs: [{ text }] }))
      : [{ kind: 'paragraph', runs: [{ text: t.noData }] } as ReportBlock]),
  ];
}

export function signatureBlock(f: ReportFigures): ReportBlock {
  const t = textsOf(f);
  const s = f.plan.settings;
  const recipients = (s?.recipientsNote ?? '')
    .split(';')
    .map((r) => plain(r))
    .filter((r) => r !== '')
    .map((r, i, all) => `- ${r}${i === all.length - 1 ? '.' : ';'}`);
  return {
    kind: 'signature',
    recipientsTitle: t.evaluation.recipientsTitle,
    recipients: recipients.length > 0 ? recipients : [`- ${t.notFilled}`],
    signerTitle: s?.signerTitle ? plain(s.signerTitle).toUpperCase() : t.evaluation.signerTitle,
    signerName: s?.signerName ? plain(s.signerName) : t.notFilled,
  };
}
