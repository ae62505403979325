import type { LocalDateTime } from '../cell';
import { catalogue } from '../i18n/catalogue';
import { formatLongDate } from '../i18n/dates';
import { groupedInteger } from '../i18n/numbers';
import type { Language } from '../plan';
import type { ChartSpec, ReportBlock, ReportModel } from './blocks';
import { DISTRICT_FIGURE_KEYS, type DistrictFigureKey } from './district-figures';
import { districtTotals, type SchoolNotRead, type SchoolRead } from './district-rollup';
import { plain } from './report-text';

/**
 * The district office's report of the week, from what `district collect` read: the same blocks
 * the school's report is made of (so the same .docx writer lays it out in the NĐ 30 format),
 * with the office's own header, the district's totals, a chart of the activities per school
 * and the schools not read with why.
 */
export interface DistrictHeader {
  /** "UBND QUẬN 1": the office's governing body, first line of the header. */
  readonly authority?: string;
  /** "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO". */
  readonly office?: string;
  /** "Quận 1": before the date, top right. */
  readonly place?: string;
}

export const DISTRICT_CHART = 'district-activities';

const SCHOOL_COLUMNS = ['activities.planned', 'activities.done', 'opening.present_percent'] as const;

export function districtReportModel(
  read: readonly SchoolRead[],
  notRead: readonly SchoolNotRead[],
  header: DistrictHeader,
  at: LocalDateTime,
  language: Language,
): ReportModel {
  const t = catalogue(language);
  const r = t.google.district.report;
  const h = t.report.header;
  const labels = t.report.figures.labels;
  const year = Number(at.iso.slice(0, 4));
  const schools = [...read].sort((a, b) => a.line - b.line);
  const totals = districtTotals(schools);
  const shown = (key: DistrictFigureKey, value: number | undefined): string =>
    value === undefined
      ? '–'
      : key.endsWith('_percent')
        ? `${String(value).replace('.', language === 'vi' ? ',' : '.')} %`
        : groupedInteger(value, language);
  const text = (value: string | undefined, fallback: string): string =>
    value?.trim() ? plain(value.trim()) : fallback;

  const blocks: ReportBlock[] = [
    {
      kind: 'letterhead',
      left: [
        { text: text(header.authority, t.report.notFilled).toUpperCase() },
        { text: text(header.office, r.office).toUpperCase(), bold: true, underline: true },
        { text: h.number(r.number) },
      ],
      right: [
        { text: h.nation, bold: true },
        { text: h.motto, bold: true, underline: true },
        { text: `${text(header.place, t.report.notFilled)}, ${formatLongDate(at, language)}`, italic: true },
      ],
    },
    { kind: 'heading', level: 0, number: '', text: h.title },
    {
      kind: 'paragraph',
      role: 'subtitle',
      align: 'center',
      runs: [{ text: r.subtitle(String(year)), bold: true }],
    },
    { kind: 'paragraph', align: 'justify', runs: [{ text: r.intro(schools.length, notRead.length) }] },
    { kind: 'heading', level: 1, number: 'I.', text: r.totalsTitle },
    {
      kind: 'table',
      header: r.totalsHeader,
      rows: DISTRICT_FIGURE_KEYS.filter((key) => totals.has(key)).map((key) => [
        { text: labels[key] },
        { text: shown(key, totals.get(key)) },
      ]),
      widths: [3, 1],
      noWrap: [false, true],
      source: r.source(schools.length),
    },
    { kind: 'heading', level: 1, number: 'II.', text: r.schoolsTitle },
    {
      kind: 'table',
      header: [r.school, ...SCHOOL_COLUMNS.map((key) => labels[key])],
      rows: schools.map((s) => [
        { text: plain(s.school) },
        ...SCHOOL_COLUMNS.map((key) => ({ text: shown(key, s.figures.get(key)) })),
      ]),
      widths: [3, 1, 1, 1],
      noWrap: [false, true, true, true],
    },
    {
      kind: 'chart',
      chartId: DISTRICT_CHART,
      caption: r.chartCaption,
      missing: t.report.charts.missing(r.chartCaption),
    },
  ];
  if (notRead.length > 0)
    blocks.push(
      { kind: 'heading', level: 1, number: 'III.', text: r.notReadTitle },
      {
        kind: 'table',
        header: [...t.google.district.failureHeader],
        rows: [...notRead]
          .sort((a, b) => a.line - b.line)
          .map((f) => [{ text: String(f.line) }, { text: plain(f.what) }, { text: plain(f.reason) }]),
        widths: [1, 2, 4],
        noWrap: [true, false, false],
      },
    );
  blocks.push({
    kind: 'signature',
    recipientsTitle: t.report.evaluation.recipientsTitle,
    recipients: r.recipients,
    signerTitle: r.signerTitle,
    signerName: '',
  });
  const charts = activitiesChart(schools, r.chart);
  return {
    language,
    year,
    at,
    preview: false,
    fileName: `bao-cao-quan-${year}`,
    documentTitle: r.documentTitle(String(year)),
    blocks,
    charts: charts ? [charts] : [],
    headline: [],
  };
}

/** Activities planned and done, school by school: who held the week and who has yet to. */
function activitiesChart(
  schools: readonly SchoolRead[],
  c: { title: string; category: string; value: string; planned: string; done: string },
): ChartSpec | undefined {
  const data = schools.flatMap((s) => [
    { category: plain(s.school), series: c.planned, value: s.figures.get('activities.planned') ?? 0 },
    { category: plain(s.school), series: c.done, value: s.figures.get('activities.done') ?? 0 },
  ]);
  if (data.every((d) => d.value === 0)) return undefined;
  return {
    id: DISTRICT_CHART,
    title: c.title,
    categoryTitle: c.category,
    valueTitle: c.value,
    unit: 'count',
    series: [c.planned, c.done],
    data,
  };
}
