import type { Cell, Grid } from '../cell';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import { foldKey } from '../text';
import { DISTRICT_FIGURE_KEYS, type DistrictFigureKey } from './district-figures';

/**
 * A district's figures from its schools' "Số liệu báo cáo" tabs: one row per school, a totals
 * row, and the schools that could not be read with why. A school's tab is read by the key in
 * column A, never by row order or label, so a school on an older or English sheet adds up the
 * same. A figure a school did not report stays an empty cell, and is left out of the total.
 */
export type SchoolFigures = ReadonlyMap<DistrictFigureKey, number>;

export interface SchoolRead {
  /** 1-based line of the list the school came from. */
  readonly line: number;
  readonly sheetId: string;
  readonly school: string;
  readonly figures: SchoolFigures;
}

export interface SchoolNotRead {
  readonly line: number;
  /** The sheet id, or the text of the line when it held no id. */
  readonly what: string;
  readonly reason: string;
}

const KEYS = new Set<string>(DISTRICT_FIGURE_KEYS);

/** The figures in a "Số liệu báo cáo" grid (header row first: Khóa, Nội dung, Giá trị). */
export function figuresOfGrid(grid: Grid): Map<DistrictFigureKey, number> {
  const figures = new Map<DistrictFigureKey, number>();
  for (const row of grid) {
    const key = typeof row[0] === 'string' ? row[0].trim() : '';
    const value = row[2];
    if (KEYS.has(key) && typeof value === 'number' && Number.isFinite(value))
      figures.set(key as DistrictFigureKey, value);
  }
  return figures;
}

const SCHOOL_LABELS = new Set(['Tên trường', 'School'].map(foldKey));

/** The school's name from its Settings grid ("Tên trường | …"), if it has one. */
export function schoolNameOfSettings(grid: Grid): string | undefined {
  const row = grid.find((r) => typeof r[0] === 'string' && SCHOOL_LABELS.has(foldKey(r[0])));
  const name = row?.[1];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * The totals: counts add up; the opening's share is the district's (all present over all staff
 * of the schools that reported both), not a sum of percentages; a target is each school's own
 * and has no total.
 */
export function districtTotals(schools: readonly SchoolRead[]): Map<DistrictFigureKey, number> {
  const sum = new Map<DistrictFigureKey, number>();
  for (const key of DISTRICT_FIGURE_KEYS) {
    if (key.endsWith('_percent')) continue;
    const values = schools.map((s) => s.figures.get(key)).filter((v) => v !== undefined);
    if (values.length > 0)
      sum.set(
        key,
        values.reduce((a, b) => a + b, 0),
      );
  }
  const both = schools.filter((s) => s.figures.has('opening.present') && s.figures.get('opening.staff'));
  const staff = both.reduce((n, s) => n + s.figures.get('opening.staff')!, 0);
  if (staff > 0) {
    const present = both.reduce((n, s) => n + s.figures.get('opening.present')!, 0);
    sum.set('opening.present_percent', round1((present * 100) / staff));
  }
  return sum;
}

export interface DistrictGrids {
  readonly summaryTab: string;
  readonly summary: Grid;
  readonly failuresTab: string;
  readonly failures: Grid;
}

export function districtGrids(
  read: readonly SchoolRead[],
  notRead: readonly SchoolNotRead[],
  language: Language,
): DistrictGrids {
  const t = catalogue(language);
  const labels = t.report.figures.labels;
  const d = t.google.district;
  const row = (first: Cell, second: Cell, figures: ReadonlyMap<DistrictFigureKey, number>): Cell[] => [
    first,
    second,
    ...DISTRICT_FIGURE_KEYS.map((key) => figures.get(key) ?? null),
  ];
  const byLine = [...read].sort((a, b) => a.line - b.line);
  return {
    summaryTab: d.summaryTab,
    summary: [
      [d.school, d.sheetId, ...DISTRICT_FIGURE_KEYS.map((key) => labels[key])],
      ...byLine.map((s) => row(s.school, s.sheetId, s.figures)),
      row(d.total(read.length), null, districtTotals(read)),
    ],
    failuresTab: d.failuresTab,
    failures: [
      [...d.failureHeader],
      ...[...notRead].sort((a, b) => a.line - b.line).map((f) => [f.line, f.what, f.reason]),
    ],
  };
}
