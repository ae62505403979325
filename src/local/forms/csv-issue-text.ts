import type { CsvIssue } from '../../core/forms/forms-csv';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';

/** One line per problem of an imported Google Forms CSV (what `respond --csv` prints). */
export function csvIssueText(issue: CsvIssue, lang: Language = 'vi'): string {
  const t = catalogue(lang).forms.imports;
  const column = issue.column ?? '';
  const at = issue.row !== undefined ? t.row(issue.row) : '';
  switch (issue.code) {
    case 'csv.empty':
      return t.csvEmpty;
    case 'csv.noTimestampColumn':
      return t.csvNoTimestamp;
    case 'csv.unterminatedQuote':
      return t.csvUnterminatedQuote;
    case 'csv.extraColumn':
      return t.csvExtraColumn(column);
    case 'csv.missingColumn':
      return issue.severity === 'error' ? t.csvMissingRequired(column) : t.csvMissingOptional(column);
    case 'csv.duplicateColumn':
      return t.csvDuplicateColumn(column);
    case 'csv.raggedRow':
      return t.csvRaggedRow(at);
    case 'csv.badTimestamp':
      return t.csvBadTimestamp(at);
    case 'csv.dateOrderSwitched':
      return t.csvDateOrderSwitched(column);
  }
}
