import type { CsvIssue } from '../../core/forms/forms-csv';
import { readTimestamp } from '../../core/forms/timestamp-text';
import { partsOf } from '../../core/cell';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';

/** One line per problem of an imported Google Forms CSV (what `respond --csv` prints). */
export function csvIssueText(issue: CsvIssue, lang: Language = 'vi'): string {
  const t = catalogue(lang).forms.imports;
  const column = issue.column ?? '';
  const value = issue.value ?? '';
  const at = issue.row !== undefined ? t.row(issue.row) : '';
  switch (issue.code) {
    case 'csv.empty':
      return t.csvEmpty;
    case 'csv.noTimestampColumn':
      return t.csvNoTimestamp(issue.value);
    case 'csv.separator':
      return t.csvSeparator(value);
    case 'csv.extraColumn':
      return t.csvExtraColumn(column);
    case 'csv.missingColumn':
      return issue.severity === 'error' ? t.csvMissingRequired(column) : t.csvMissingOptional(column);
    case 'csv.duplicateColumn':
      return t.csvDuplicateColumn(column);
    case 'csv.raggedRow':
      return t.csvRaggedRow(at);
    case 'csv.badTimestamp':
      return t.csvBadTimestamp(at, issue.problem ?? 'format', value, issue.order);
    case 'csv.truncatedRow':
      return t.csvTruncatedRow(at);
    case 'csv.dateOrderFromFile':
      return t.csvDateOrderFromFile(column, issue.order ?? 'dmy', at, value);
    case 'csv.dateOrderUnknown': {
      const [dayFirst, monthFirst] = bothReadings(value, lang);
      return t.csvDateOrderUnknown(column, at, value, dayFirst, monthFirst);
    }
    case 'csv.dateOrderConflict': {
      const other = issue.against ?? { row: 0, value: '' };
      return t.csvDateOrderConflict(column, at, value, t.row(other.row), other.value);
    }
  }
}

/** "ngày 1 tháng 10" and "ngày 10 tháng 1": what an ambiguous text may mean, for the question. */
export function bothReadings(text: string, lang: Language = 'vi'): [string, string] {
  const t = catalogue(lang).forms.imports;
  return (['dmy', 'mdy'] as const).map((order) => {
    const read = readTimestamp(text, order);
    if (!read.ok) return text;
    const p = partsOf(read.value);
    return t.dayOfMonth(p.day, p.month);
  }) as [string, string];
}
