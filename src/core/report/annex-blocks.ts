import { formatPercent } from '../forms/attendance';
import type { ReportBlock, TableCell } from './blocks';
import type { DistrictFigure, FigureNote } from './district-figures';
import type { ReportFigures } from './figures';
import { languageOf, textsOf, type ReportTexts } from './report-text';

/** The annex after the signature: every figure the district adds up, as one numbered table. */

function noteText(note: FigureNote | undefined, t: ReportTexts): string {
  if (!note) return '';
  switch (note.kind) {
    case 'reportedBy':
      return t.annex.reportedBy(note.reported, note.of);
    case 'fromResults':
      return t.annex.fromResults(note.activityId);
  }
}

export function annexBlocks(f: ReportFigures, figures: readonly DistrictFigure[]): ReportBlock[] {
  const t = textsOf(f);
  const lang = languageOf(f);
  const year = f.plan.settings?.year;
  const value = (x: DistrictFigure): string =>
    x.value === undefined
      ? t.annex.missing
      : x.key.endsWith('_percent')
        ? formatPercent(x.value, lang)
        : String(x.value);
  const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, ...extra });
  return [
    { kind: 'heading', level: 0, number: '', text: t.annex.title, newPage: true },
    {
      kind: 'paragraph',
      role: 'subtitle',
      align: 'center',
      runs: [{ text: t.annex.subtitle(year === undefined ? t.notFilled : String(year)), bold: true }],
    },
    { kind: 'paragraph', align: 'justify', runs: [{ text: t.annex.intro(t.figures.tab), italic: true }] },
    {
      kind: 'table',
      header: t.annex.header,
      widths: [1, 6, 2, 3],
      noWrap: [true, false, true, false],
      rows: figures.map((x, i) => [
        cell(String(i + 1)),
        cell(t.figures.labels[x.key]),
        cell(value(x), { bold: x.value !== undefined }),
        cell(noteText(x.note, t)),
      ]),
    },
  ];
}
