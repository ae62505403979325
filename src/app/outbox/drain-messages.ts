import type { Finding } from '../../core/findings';
import type { DrainResult } from './drain-types';

export const LOCK_BUSY =
  'Một lần gửi thư khác đang chạy; lần này không làm gì (thư sẽ không bị gửi hai lần).';

export function describeFinding(f: Finding): string {
  switch (f.code) {
    case 'outbox.key-missing':
      return 'dòng không có Khóa nên không được gửi (khóa là thứ ngăn gửi trùng). Hãy xóa dòng này.';
    case 'outbox.key-duplicate':
      return `Khóa "${f.params.key}" bị lặp; chỉ dòng đầu tiên được dùng.`;
    case 'outbox.state-unknown':
      return `Trạng thái "${f.params.state}" không hợp lệ; dòng này không được gửi cho đến khi sửa lại.`;
    case 'header.missing':
      return `thiếu cột "${f.params.header}".`;
    default:
      return f.code;
  }
}

export function summarise(r: Omit<DrainResult, 'message'>): string {
  const parts = [`đã gửi ${r.sent} thư`];
  if (r.deferred > 0) parts.push(`${r.deferred} thư chờ hạn mức ngày mai`);
  if (r.retrying > 0) parts.push(`${r.retrying} thư lỗi tạm thời, sẽ thử lại`);
  if (r.failed > 0) parts.push(`${r.failed} thư thất bại`);
  if (r.needsReview > 0) parts.push(`${r.needsReview} thư cần kiểm tra`);
  if (r.recovered > 0) parts.push(`${r.recovered} thư của lần gửi bị ngắt đã được xác định lại`);
  parts.push(`còn ${r.remaining} thư chờ`);
  if (r.stoppedForTime) parts.push('dừng trước giới hạn thời gian, sẽ tự chạy tiếp');
  return `${parts.join('; ')}.`;
}
