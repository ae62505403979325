import type { CsvIssue } from '../../core/forms/forms-csv';

/** One Vietnamese line per problem of an imported Google Forms CSV (what `respond --csv` prints). */
export function csvIssueText(issue: CsvIssue): string {
  const column = issue.column ?? '';
  const at = issue.row !== undefined ? `Dòng ${issue.row}: ` : '';
  switch (issue.code) {
    case 'csv.empty':
      return 'Tệp CSV trống: không có dòng tiêu đề nào.';
    case 'csv.noTimestampColumn':
      return 'Tệp CSV không có cột "Timestamp" (hay "Dấu thời gian"): đây không phải tệp xuất từ Google Forms; không ghi phản hồi nào.';
    case 'csv.unterminatedQuote':
      return 'Tệp CSV có dấu ngoặc kép không được đóng: phần cuối tệp có thể bị đọc sai.';
    case 'csv.extraColumn':
      return `Cột thừa "${column}" không phải câu hỏi của biểu mẫu: chỉ lưu ở bản gốc.`;
    case 'csv.missingColumn':
      return issue.severity === 'error'
        ? `Thiếu cột "${column}" (câu hỏi bắt buộc): các phản hồi sẽ bị đánh dấu cần xem lại.`
        : `Thiếu cột "${column}" (câu hỏi không bắt buộc): để trống.`;
    case 'csv.duplicateColumn':
      return `Cột "${column}" xuất hiện hai lần: chỉ dùng cột đầu tiên.`;
    case 'csv.raggedRow':
      return `${at}số ô khác với dòng tiêu đề; các ô thiếu được để trống.`;
    case 'csv.badTimestamp':
      return `${at}thời điểm gửi không đọc được: bỏ qua dòng này.`;
    case 'csv.dateOrderSwitched':
      return `Cột "${column}" ghi ngày theo thứ tự khác với ngôn ngữ của tiêu đề: đã đọc lại theo thứ tự đọc được mọi dòng.`;
  }
}
