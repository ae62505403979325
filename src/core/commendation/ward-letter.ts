import type { LocalDateTime } from '../cell';
import { exportableNominations } from '../forms/nominations';
import { catalogue } from '../i18n/catalogue';
import { formatLongDate } from '../i18n/dates';
import type { Language, Settings } from '../plan';
import type { ReportBlock, ReportModel } from '../report/blocks';
import { letterhead } from '../report/header-blocks';
import { plain } from '../report/report-text';
import type { NominationRow } from '../report/response-tabs';
import { fitTables } from '../report/table-fit';

export interface WardLetter {
  readonly model: ReportModel;
  /** The families the letter names: consented AND selected, nobody else. */
  readonly families: readonly NominationRow[];
  /** The same list as cells (header first), for the .xlsx sent with the letter. */
  readonly grid: readonly (readonly string[])[];
  /** Rows selected without consent: named by row only, never by family. */
  readonly refused: readonly string[];
  /** No ward association in Settings: the letter has no addressee. */
  readonly noWard?: string;
}

/**
 * "Danh sách đề cử Gia đình hiếu học": the letter to the ward's Hội khuyến học in the Nghị định
 * 30/2020 layout, and the same list as a table. Only nominations both consented and selected are
 * read into it; a selected one without consent is named by its row, never by its family.
 */
export function wardLetter(input: {
  readonly settings: Settings;
  readonly nominations: readonly NominationRow[];
  readonly at: LocalDateTime;
}): WardLetter {
  const s = input.settings;
  const lang: Language = s.language;
  const t = catalogue(lang).commendation;
  const w = t.ward;
  const year = String(s.year);
  const school = plain(s.school);
  const families = exportableNominations(input.nominations);
  const refused = input.nominations
    .filter((n) => !n.consent && (n.status === 'được chọn' || n.status === 'đã gửi phường'))
    .map((n) => w.refusedNoConsent(n.row));
  const ward = s.wardAssociation ? plain(s.wardAssociation) : undefined;
  const cells = (n: NominationRow, i: number): string[] => [
    String(i + 1),
    plain(n.family),
    n.child ? plain(n.child) : '',
    n.className ? plain(n.className) : '',
    n.achievements ? plain(n.achievements) : '',
    n.evidence ? plain(n.evidence) : '',
  ];
  const blocks: ReportBlock[] = [
    letterhead(
      s,
      w.number(t.notFilled),
      `${s.place ? plain(s.place) : t.notFilled}, ${formatLongDate(input.at, lang)}`,
      lang,
    ),
    { kind: 'paragraph', align: 'left', runs: [{ text: w.subject, italic: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: w.to(ward ?? t.notFilled), bold: true }] },
    {
      kind: 'paragraph',
      align: 'justify',
      runs: [{ text: families.length > 0 ? w.body(school, year, families.length) : w.none(school) }],
    },
    ...(families.length > 0
      ? [
          {
            kind: 'table' as const,
            header: w.header,
            widths: [6, 20, 16, 8, 34, 16],
            rows: families.map((n, i) =>
              cells(n, i).map((text, c) => (c === 5 && text ? { text, link: text } : { text })),
            ),
          },
        ]
      : []),
    { kind: 'paragraph', align: 'justify', runs: [{ text: w.closing }] },
    {
      kind: 'signature',
      recipientsTitle: w.recipientsTitle,
      recipients: [w.recipientsWard, w.archive],
      signerTitle: s.signerTitle ? plain(s.signerTitle).toUpperCase() : w.signerTitle,
      signerName: s.signerName ? plain(s.signerName) : '',
    },
  ];
  return {
    model: {
      language: lang,
      year: s.year,
      at: input.at,
      preview: false,
      fileName: w.fileName(year),
      documentTitle: w.documentTitle(year),
      blocks: fitTables(blocks),
      charts: [],
      headline: [],
    },
    families,
    grid: [w.header, ...families.map(cells)],
    refused,
    ...(ward ? {} : { noWard: w.noWard }),
  };
}
