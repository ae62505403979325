import type { ErrorClass } from './classify-error';

/** The last-error column in plain Vietnamese, with the service's own words kept for support. */
export function describeMailError(
  kind: ErrorClass,
  message: string,
  attempts: number,
  maxAttempts: number,
): string {
  const original = shorten(message);
  switch (kind) {
    case 'transient':
      return `Dịch vụ thư tạm thời không phản hồi (đã thử ${attempts} lần); hệ thống sẽ tự gửi lại. Chi tiết: ${original}`;
    case 'quota':
      return `Đã hết hạn mức gửi thư trong ngày; thư sẽ được gửi vào ngày mai. Chi tiết: ${original}`;
    case 'other':
      return attempts >= maxAttempts
        ? `Gửi không thành công sau ${attempts} lần thử; hệ thống ngừng gửi thư này. Chi tiết: ${original}`
        : `Gửi không thành công (lần ${attempts}/${maxAttempts}); hệ thống sẽ thử lại. Chi tiết: ${original}`;
  }
}

export const QUOTA_DEFERRED = 'Đã dùng hết hạn mức gửi thư trong ngày; thư sẽ được gửi sau 00:05 ngày mai.';

export const INTERRUPTED =
  'Lần gửi trước bị ngắt giữa chừng, chưa rõ thư đã đi hay chưa, nên hệ thống KHÔNG tự gửi lại. ' +
  'Hãy xem thư mục "Đã gửi" của tài khoản gửi: nếu có thư này, đặt Trạng thái là "đã gửi"; ' +
  'nếu không có, đặt lại "chờ gửi" để hệ thống gửi.';

function shorten(message: string): string {
  const one = message.replace(/\s+/g, ' ').trim();
  return one.length > 300 ? `${one.slice(0, 300)}…` : one;
}
