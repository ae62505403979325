import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readCommendationTabs } from '../../app/commendation/commendation-tabs';
import { proposeCommendations } from '../../app/commendation/propose-commendations';
import { queueCertificateMails } from '../../app/commendation/queue-certificate-mails';
import { recordCommendationStates, recordWardSent } from '../../app/commendation/record-commendation';
import { awardsNeeded } from '../../core/commendation/certificate-values';
import { approvedCommendations } from '../../core/commendation/commendation-rows';
import { AWARDS, type Award } from '../../core/schema/commendation-table';
import { commendationWork } from '../../core/commendation/commendation-work';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { choiceLabel } from '../../core/sheet-language';
import { writeFileAtomic } from '../files/atomic-write';
import { defaultTemplate } from '../commendation/default-template';
import { demoReview } from '../commendation/demo-review';
import { templateText } from '../commendation/certificate-docx';
import { writeCommendation, type WrittenCommendation } from '../commendation/write-commendation';
import { openForUpdate, saveOrExplain } from '../workbook/workbook-file';
import type { RunContext } from './commands';
import { checkOutputFolder } from './output-folder';
import { localPorts } from './local-ports';

export interface CommendOptions {
  readonly out?: string;
  readonly pdf: boolean;
  /** Record the letter as sent: the named nominations become "đã gửi phường" with today's date. */
  readonly sent: boolean;
  /** Queue each person's certificate PDF in the outbox (needs `pdf`); `drain` sends them. */
  readonly mail?: boolean;
  /** The demo's principal approves the proposal first (demoReview). */
  readonly demo?: boolean;
}

export interface CommendOutcome {
  readonly written: WrittenCommendation;
  readonly language: Language;
  readonly added: number;
  readonly people: number;
  readonly groups: number;
  readonly families: number;
  readonly problems: readonly string[];
  /** Templates written from the default because none was there. */
  readonly newTemplates: readonly string[];
  /** The demo went on with the new templates at once. */
  readonly usedNewTemplates: boolean;
  /** Certificate mails newly queued (with `mail`); one already queued is not counted. */
  readonly queued?: number;
}

/**
 * `learning-week commend FILE [--out DIR] [--pdf [--mail]] [--sent]`: the proposal into "Khen thưởng",
 * then what the principal approved there made into the decision draft, the certificates (from the
 * templates mau-giay-khen.docx and mau-giay-chung-nhan.docx beside FILE) and the ward letter.
 * A template that is missing is written from the default and makes nothing this time: the
 * principal looks at it first. Undefined when Settings cannot be read.
 */
export async function runCommend(
  file: string,
  options: CommendOptions,
  ctx: RunContext,
): Promise<CommendOutcome | undefined> {
  const dir = resolve(options.out ?? join('out', 'commendation'));
  checkOutputFolder(dir);
  const { workbook, release, lock } = await openForUpdate(file);
  try {
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose, lock);
    const { added } = proposeCommendations(ports);
    if (options.demo) demoReview(workbook);
    const tabs = readCommendationTabs(ports);
    const settings = tabs.plan.settings;
    if (!settings) return undefined;
    const lang = settings.language;
    const newTemplates: string[] = [];
    const templates = new Map<Award, Uint8Array>();
    const texts: Partial<Record<Award, string>> = {};
    const needed = awardsNeeded(approvedCommendations(tabs.rows, lang).approved);
    for (const award of AWARDS) {
      const path = join(dirname(resolve(file)), catalogue(lang).commendation.certificate.templateFile(award));
      if (!existsSync(path)) {
        if (!needed.includes(award)) continue;
        writeFileAtomic(path, await defaultTemplate(settings, award));
        newTemplates.push(path);
        // The demo goes on with the default; a school looks at its new template first.
        if (!options.demo) continue;
      }
      const bytes = readFileSync(path);
      templates.set(award, bytes);
      texts[award] = templateText(bytes);
    }
    const work = commendationWork({
      settings,
      rows: tabs.rows,
      nominations: tabs.nominations,
      at: tabs.at,
      templates: texts,
    });
    const written = await writeCommendation(work, templates, { dir, pdf: options.pdf, language: lang });
    const t = catalogue(lang).commendation.state;
    const states = new Map<string, string>();
    for (const r of tabs.rows) {
      const refused = work.refusedRows.get(r.row);
      if (refused) states.set(r.id, refused);
    }
    for (const c of written.certificates)
      for (const cert of work.batches.find((b) => b.award === c.award)!.certificates)
        states.set(
          cert.approved.id,
          t.made(choiceLabel(c.award, lang), c.pdfs.get(cert.approved.id) ?? c.docxPath),
        );
    recordCommendationStates(ports, states);
    const made = written.certificates.flatMap((c) =>
      work.batches
        .find((b) => b.award === c.award)!
        .certificates.flatMap((cert) => {
          const pdf = c.pdfs.get(cert.approved.id);
          return pdf ? [{ approved: cert.approved, document: pdf, filename: basename(pdf) }] : [];
        }),
    );
    const queued = options.mail ? queueCertificateMails(ports, tabs.plan, made, tabs.at) : undefined;
    if (options.sent && work.ward.families.length > 0 && !work.ward.noWard)
      recordWardSent(
        ports,
        work.ward.families.map((f) => f.responseId),
        tabs.at,
      );
    await saveOrExplain(workbook, file);
    const people = work.approved.filter((a) => a.kind === 'cá nhân').length;
    return {
      written,
      language: lang,
      added,
      people,
      groups: work.approved.length - people,
      families: work.ward.families.length,
      problems: work.problems,
      newTemplates,
      usedNewTemplates: options.demo === true,
      ...(queued === undefined ? {} : { queued }),
    };
  } finally {
    release();
  }
}

/** What `commend` prints: the files, the counts, then every problem on its own line. */
export function commendLines(o: CommendOutcome): string[] {
  const t = catalogue(o.language).commendation;
  const c = t.cli;
  return [
    c.proposal(o.added),
    ...o.newTemplates.map((p) =>
      o.usedNewTemplates ? t.template.usedDefault(p) : c.problem(t.template.created(p)),
    ),
    c.decision(o.written.decisionPath, o.people, o.groups),
    ...o.written.certificates.map((w) => c.certificates(w.docxPath, w.pages)),
    ...(o.written.certificates.some((w) => w.pdfs.size > 0)
      ? [
          c.pdfs(
            o.written.certificates.reduce((n, w) => n + w.pdfs.size, 0),
            join(o.written.dir, 'pdf'),
          ),
        ]
      : []),
    ...(o.written.pdfMessage ? [c.noPdf(o.written.pdfMessage)] : []),
    ...(o.queued === undefined ? [] : [c.queued(o.queued)]),
    c.ward(o.written.wardDocx, o.families),
    ...o.problems.map((p) => c.problem(p)),
  ];
}
