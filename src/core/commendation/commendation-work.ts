import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import type { Settings } from '../plan';
import type { ReportModel } from '../report/blocks';
import type { NominationRow } from '../report/response-tabs';
import { choiceLabel } from '../sheet-language';
import { certificateValues, awardsNeeded } from './certificate-values';
import { approvedCommendations, type Approved, type CommendationRow } from './commendation-rows';
import type { Award } from '../schema/commendation-table';
import { decisionModel } from './decision-model';
import {
  checkTemplate,
  CERTIFICATE_FIELDS,
  type CertificateField,
  type PlaceholderProblem,
} from './placeholders';
import { wardLetter, type WardLetter } from './ward-letter';

export interface Certificate {
  readonly approved: Approved;
  readonly values: Readonly<Record<CertificateField, string>>;
}

export interface CertificateBatch {
  readonly award: Award;
  readonly certificates: readonly Certificate[];
}

export interface CommendationWork {
  readonly decision: ReportModel;
  readonly approved: readonly Approved[];
  /** One batch per award whose template is sound; an award without one has no batch. */
  readonly batches: readonly CertificateBatch[];
  /** Everything that stopped a row or a template, in the sheet's language; no family's data. */
  readonly problems: readonly string[];
  /** What each row's "Đã tạo" cell says when nothing was made for it, by sheet row. */
  readonly refusedRows: ReadonlyMap<number, string>;
  readonly ward: WardLetter;
}

export interface CommendationInput {
  readonly settings: Settings;
  readonly rows: readonly CommendationRow[];
  readonly nominations: readonly NominationRow[];
  readonly at: LocalDateTime;
  /** The text of each award's template; absent: the school has none for it. */
  readonly templates: Partial<Record<Award, string>>;
}

function problemText(
  p: PlaceholderProblem,
  t: ReturnType<typeof catalogue>['commendation']['template'],
): string {
  switch (p.kind) {
    case 'unknown':
      return t.unknown(p.tag, p.suggestion);
    case 'missing':
      return t.missing(p.field);
    case 'unclosed':
      return t.unclosed(p.near);
  }
}

/**
 * What the commendation makes, decided before anything is made: the decision draft, the
 * certificates whose template is sound, and the ward letter. A template with any unknown,
 * missing or unclosed placeholder makes no certificate at all, so none comes out with a blank.
 */
export function commendationWork(input: CommendationInput): CommendationWork {
  const lang = input.settings.language;
  const t = catalogue(lang).commendation;
  const { approved, problems: rowProblems } = approvedCommendations(input.rows, lang);
  const problems = rowProblems.map((p) => p.text);
  const refusedRows = new Map<number, string>(rowProblems.map((p) => [p.row, t.state.refused(p.text)]));
  const batches: CertificateBatch[] = [];
  for (const award of awardsNeeded(approved)) {
    const label = choiceLabel(award, lang);
    const text = input.templates[award];
    const templateProblems =
      text === undefined
        ? [t.template.none(label)]
        : checkTemplate(text).problems.map((p) => t.template.inTemplate(label, problemText(p, t.template)));
    const mine = approved.filter((a) => a.award === award);
    if (templateProblems.length > 0) {
      problems.push(...templateProblems);
      if (text !== undefined)
        problems.push(t.template.known(CERTIFICATE_FIELDS.map((f) => `{{${f}}}`).join(', ')));
      for (const a of mine) refusedRows.set(a.row, t.state.refused(templateProblems[0]!));
      continue;
    }
    batches.push({
      award,
      certificates: mine.map((a) => ({
        approved: a,
        values: certificateValues(a, input.settings, input.at),
      })),
    });
  }
  const ward = wardLetter({ settings: input.settings, nominations: input.nominations, at: input.at });
  problems.push(...ward.refused, ...(ward.noWard ? [ward.noWard] : []));
  return {
    decision: decisionModel({ settings: input.settings, approved, at: input.at }),
    approved,
    batches,
    problems,
    refusedRows,
    ward,
  };
}
