import { formatPercent } from '../forms/attendance';
import type { Activity, Language } from '../plan';
import type { ReportBlock, Run } from './blocks';
import { BANNER_CHANNEL } from './district-figures';
import type { ReportFigures } from './figures';
import { languageOf, plain, textsOf, type ReportTexts } from './report-text';

/** Sections III (evaluation) and IV (proposals), "Nơi nhận" and the signature. */

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
  // Banners are counted apart (section II.1): they are not posts on a channel.
  const channels = f.outreachByChannel.filter((c) => c.channel !== BANNER_CHANNEL);
  const posts = channels.reduce((n, c) => n + c.entries.length, 0);
  if (posts > 0) out.push(item(s.posts(channels.length, posts)));
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
  if (f.activities.postponed.length > 0) out.push(item(l.postponed(activityList(f.activities.postponed))));
  if (f.activities.cancelled.length > 0) out.push(item(l.cancelled(activityList(f.activities.cancelled))));
  const full = f.training?.sessions.filter((s) => s.waiting > 0) ?? [];
  if (full.length > 0)
    out.push(item(l.full(full.map((s) => l.fullSession(s.activity.id, s.waiting)).join('; '))));
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
    // Proposals are the school's to make: without any in Settings the section is left out.
    ...(proposalLines.length > 0
      ? [
          { kind: 'heading', level: 1, number: 'IV.', text: e.sectionIV } as ReportBlock,
          ...proposalLines.map((text): ReportBlock => ({
            kind: 'paragraph',
            align: 'justify',
            runs: [{ text }],
          })),
        ]
      : []),
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
    recipients: recipients.length > 0 ? recipients : [`- ${t.evaluation.archiveOnly}.`],
    signerTitle: s?.signerTitle ? plain(s.signerTitle).toUpperCase() : t.evaluation.signerTitle,
    // Without a name in Settings the line stays blank: the signer writes it under the signature.
    signerName: s?.signerName ? plain(s.signerName) : '',
  };
}
