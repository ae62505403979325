import { formatLongDate, formatShortDate } from '../i18n/dates';
import type { Settings, Language } from '../plan';
import { catalogue } from '../i18n/catalogue';
import type { LetterheadBlock, ReportBlock } from './blocks';
import type { ReportFigures } from './figures';
import { languageOf, moment, plain, textsOf } from './report-text';

/** The administrative header, the title, the preview banner, the basis and section I. */
export function headerBlocks(f: ReportFigures): ReportBlock[] {
  const lang = languageOf(f);
  const t = textsOf(f);
  const h = t.header;
  const s = f.plan.settings;
  const year = s?.year;
  const yearText = year === undefined ? t.notFilled : String(year);
  const number = s?.reportNumber ? plain(s.reportNumber) : t.evaluation.numberBlank;
  const place = s?.place ? plain(s.place) : t.notFilled;
  const blocks: ReportBlock[] = [
    letterhead(s, h.number(number), `${place}, ${formatLongDate(f.at, lang)}`, lang),
    { kind: 'heading', level: 0, number: '', text: h.title },
    {
      kind: 'paragraph',
      role: 'subtitle',
      align: 'center',
      runs: [{ text: h.subtitle(yearText), bold: true }],
    },
  ];
  if (f.preview) {
    const due = f.dueAt ? h.due(moment(f.dueAt, lang)) : '';
    blocks.push({
      kind: 'paragraph',
      role: 'preview',
      align: 'center',
      runs: [{ text: h.preview(t.previewMark, moment(f.at, lang), due), bold: true, italic: true }],
    });
  }
  const basis = s?.basis ? plain(s.basis) : t.noData;
  blocks.push({ kind: 'paragraph', align: 'justify', runs: [{ text: h.basis(basis), italic: true }] });
  if (s?.planNumber) {
    blocks.push({
      kind: 'paragraph',
      align: 'justify',
      runs: [{ text: h.planBasis(plain(s.planNumber), plain(s.school)), italic: true }],
    });
  }
  blocks.push({
    kind: 'paragraph',
    align: 'justify',
    runs: [{ text: h.intro(s ? plain(s.school) : t.notFilled, yearText) }],
  });

  blocks.push({ kind: 'heading', level: 1, number: 'I.', text: h.sectionI });
  blocks.push({
    kind: 'bullets',
    items: [
      [{ text: h.themeLabel, bold: true }, { text: s?.theme ? h.theme(plain(s.theme)) : t.noData }],
      [
        { text: h.periodLabel, bold: true },
        { text: s ? h.period(formatShortDate(s.weekStart), formatShortDate(s.weekEnd)) : t.noData },
      ],
      [{ text: h.purposeLabel, bold: true }, { text: h.purpose }],
    ],
  });
  return blocks;
}

/**
 * The Nghị định 30/2020 header every document of the school carries: governing body and school
 * (underlined) over the number on the left; the national motto over place and date on the right.
 */
export function letterhead(
  s: Settings | undefined,
  numberLine: string,
  placeDate: string,
  lang: Language,
): LetterheadBlock {
  const t = catalogue(lang).report;
  return {
    kind: 'letterhead',
    left: [
      { text: s?.governingBody ? plain(s.governingBody).toUpperCase() : t.notFilled },
      { text: s?.school ? plain(s.school).toUpperCase() : t.notFilled, bold: true, underline: true },
      { text: numberLine },
    ],
    right: [
      { text: t.header.nation, bold: true },
      { text: t.header.motto, bold: true, underline: true },
      { text: placeDate, italic: true },
    ],
  };
}
