import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import { formatLongDate, formatShortDate } from '../i18n/dates';
import type { Language, Settings } from '../plan';
import type { ReportBlock, ReportModel, Run } from '../report/blocks';
import { letterhead } from '../report/header-blocks';
import { plain } from '../report/report-text';
import { fitTables } from '../report/table-fit';
import type { Approved } from './commendation-rows';

export interface DecisionInput {
  readonly settings: Settings;
  readonly approved: readonly Approved[];
  /** When the draft is made (wall clock of the school): its date line. */
  readonly at: LocalDateTime;
}

const para = (runs: readonly Run[], align: 'left' | 'center' | 'justify' = 'justify'): ReportBlock => ({
  kind: 'paragraph',
  align,
  runs,
});

/**
 * The draft "Quyết định khen thưởng" in the Nghị định 30/2020 layout: the header, the title and
 * what it is about, the signing authority, the bases ("Căn cứ …"), "QUYẾT ĐỊNH:", Điều 1–3,
 * "Nơi nhận" beside the signer, and the list of those approved as an attached page. The number
 * stays "…" for the office to fill in when it is registered.
 */
export function decisionModel(input: DecisionInput): ReportModel {
  const s = input.settings;
  const lang: Language = s.language;
  const t = catalogue(lang).commendation;
  const d = t.decision;
  const year = String(s.year);
  const school = plain(s.school);
  const date = formatLongDate(input.at, lang);
  const people = input.approved.filter((a) => a.kind === 'cá nhân').length;
  const groups = input.approved.length - people;
  const bases = [
    d.basisLaw,
    ...(s.basis ? [d.basis(plain(s.basis).replace(/[;.]\s*$/, ''))] : []),
    ...(s.planNumber ? [d.planBasis(plain(s.planNumber), school)] : []),
    d.result(year),
  ];
  const article = (label: string, text: string): ReportBlock =>
    para([{ text: label, bold: true }, { text: ` ${text}` }]);
  const blocks: ReportBlock[] = [
    letterhead(s, d.number(t.notFilled), `${s.place ? plain(s.place) : t.notFilled}, ${date}`, lang),
    { kind: 'heading', level: 0, number: '', text: d.title },
    { kind: 'paragraph', role: 'subtitle', align: 'center', runs: [{ text: d.subtitle(year), bold: true }] },
    para([{ text: d.authority(school), bold: true }], 'center'),
    ...bases.map((b) => para([{ text: b, italic: true }])),
    para([{ text: d.decides, bold: true }], 'center'),
    article(d.article1Label, d.article1(people, groups)),
    article(d.article2Label, d.article2),
    article(d.article3Label, d.article3),
    {
      kind: 'signature',
      recipientsTitle: d.recipientsTitle,
      recipients: [d.recipientsLine, d.archive],
      signerTitle: s.signerTitle ? plain(s.signerTitle).toUpperCase() : d.signerTitle,
      signerName: s.signerName ? plain(s.signerName) : '',
    },
    { kind: 'heading', level: 0, number: '', text: d.annexTitle, newPage: true },
    {
      kind: 'paragraph',
      role: 'subtitle',
      align: 'center',
      runs: [{ text: d.annexSubtitle(t.notFilled, formatShortDate(input.at)), italic: true }],
    },
    input.approved.length === 0
      ? para([{ text: d.nobody, italic: true }])
      : {
          kind: 'table',
          header: d.header,
          widths: [7, 30, 18, 17, 28],
          rows: input.approved.map((a, i) => [
            { text: String(i + 1) },
            { text: a.name },
            { text: a.group ?? '' },
            { text: a.award },
            { text: a.reason ?? '' },
          ]),
        },
  ];
  return {
    language: lang,
    year: s.year,
    at: input.at,
    preview: false,
    fileName: d.fileName(year),
    documentTitle: d.documentTitle(year),
    blocks: fitTables(blocks),
    charts: [],
    headline: [],
  };
}
