import { readCommendationTabs } from '../app/commendation/commendation-tabs';
import { proposeCommendations } from '../app/commendation/propose-commendations';
import { commendationWork } from '../core/commendation/commendation-work';
import { catalogue } from '../core/i18n/catalogue';
import type { Language } from '../core/plan';
import { AWARDS } from '../core/schema/commendation-table';
import { choiceLabel } from '../core/sheet-language';
import type { GasRuntime } from './runtime';

/**
 * Menu "Khen thưởng và thư đề cử": the proposal into "Khen thưởng", then the draft decision and
 * the letter to the ward association as two new Google Docs, laid out by the report's renderer.
 * The certificates from a Doc template are made by the computer's `learning-week commend` only,
 * for now; the dialog says so.
 */
export function commendationToDocs(runtime: GasRuntime, lang: Language): { title: string; text: string } {
  const title = catalogue(lang).menu.items.makeCommendation;
  const proposal = proposeCommendations(runtime);
  const tabs = readCommendationTabs(runtime);
  const settings = tabs.plan.settings;
  if (!settings) return { title, text: catalogue(lang).planDocument.cli.noSettings };
  const t = catalogue(settings.language).commendation.gas;
  // Templates are not read here: certificates are left to the local runtime.
  const work = commendationWork({
    settings,
    rows: tabs.rows,
    nominations: tabs.nominations,
    at: tabs.at,
    templates: {},
  });
  const decision = runtime.documents.render(work.decision, undefined);
  const letter = runtime.documents.render(work.ward.model, undefined);
  const people = work.approved.filter((a) => a.kind === 'cá nhân').length;
  // "No template for …" is not the principal's to fix here: the dialog says where certificates are made.
  const none = new Set(
    AWARDS.map((a) =>
      catalogue(settings.language).commendation.template.none(choiceLabel(a, settings.language)),
    ),
  );
  const rowProblems = work.problems.filter((p) => !none.has(p));
  const lines = [
    t.proposal(proposal.tab, proposal.added),
    t.decision(decision.url, people, work.approved.length - people),
    t.ward(letter.url, work.ward.families.length),
    ...(work.approved.length > 0 ? [t.certificates] : []),
    ...(rowProblems.length > 0 ? [t.problems, ...rowProblems.map((p) => `- ${p}`)] : []),
  ];
  return { title, text: lines.join('\n') };
}
