import type { FindingCode } from '../../finding-codes';
import { has, param as s, quoted as q, type Finding, type FindingParams } from '../../findings';

/**
 * What each finding says to the principal: what is wrong and what to do about it. Typed
 * against FINDING_CODES, so every code has its sentence (and, in en/, its English one).
 */
type Render = (p: FindingParams, f: Finding) => string;

const messages = {
  'header.missing': (p) =>
    `Thiếu cột ${q(p, 'header')} ở dòng tiêu đề. Thêm một cột có tiêu đề ${q(p, 'header')} hoặc chạy “Tuần lễ HTSĐ → Thiết lập” để tạo lại.`,
  'header.duplicate': (p) =>
    `Có ${s(p, 'count')} cột cùng tiêu đề ${q(p, 'header')} (cột ${s(p, 'columns')}). Chỉ cột đầu tiên được dùng; đổi tên hoặc xóa các cột thừa.`,
  'table.missing': (p) =>
    `Không tìm thấy tab ${q(p, 'tab')}. Chạy “Tuần lễ HTSĐ → Thiết lập” để tạo lại tab này.`,
  'value.required': () => `Ô này còn trống nhưng bắt buộc phải có. Hãy điền giá trị.`,
  'id.invalid': (p) =>
    `Mã ${q(p, 'text')} không hợp lệ: mã không có khoảng trắng và dài tối đa 64 ký tự. Sửa lại, ví dụ “HD01”.`,
  'url.invalid': (p) =>
    `${q(p, 'text')} không phải là một đường liên kết. Dán đầy đủ địa chỉ bắt đầu bằng https://.`,
  'email.invalid': (p) =>
    `Địa chỉ email ${q(p, 'text')} không hợp lệ. Sửa thành dạng ten@truong.edu.vn, không có khoảng trắng hay xuống dòng.`,
  'number.invalid': (p) => `${q(p, 'text')} không phải là một số. Chỉ gõ chữ số, ví dụ 40.`,
  'number.text': (p) =>
    `Số ${q(p, 'text')} đang được lưu dạng chữ nên bảng tính không cộng hay sắp xếp được. Gõ lại thành số (không có dấu nháy ở đầu).`,
  'percent.invalid': (p) =>
    `${q(p, 'text')} không phải là một tỷ lệ phần trăm. Gõ một số từ 0 đến 100, ví dụ 50.`,
  'choice.unknown': (p) => `${q(p, 'text')} không có trong danh sách. Chọn một trong: ${s(p, 'choices')}.`,
  'yesno.invalid': (p) => `${q(p, 'text')} không phải là có/không. Gõ “có” hoặc “không”.`,
  'date.text': (p) =>
    `Ngày ${q(p, 'text')} được gõ dạng chữ nên bảng tính không sắp xếp hay định dạng được; đã hiểu là ${s(p, 'date')}. Gõ lại thành ngày theo dạng dd/MM/yyyy HH:mm.`,
  'date.noYear': (p) =>
    has(p, 'suggestion')
      ? `Ngày ${q(p, 'text')} thiếu năm; có lẽ là ${s(p, 'suggestion')}. Gõ đủ ngày/tháng/năm.`
      : `Ngày ${q(p, 'text')} thiếu năm. Gõ đủ ngày/tháng/năm theo dạng dd/MM/yyyy.`,
  'date.invalid': (p) =>
    `${q(p, 'text')} không phải là một ngày hợp lệ. Gõ ngày theo dạng dd/MM/yyyy (có thể thêm giờ HH:mm).`,
  'date.monthFirst': (p) =>
    `Ô này đang là ngày ${s(p, 'read')}: bảng tính (ngôn ngữ ${s(p, 'locale')}) đọc ngày gõ tay theo kiểu tháng/ngày, nên nếu bạn gõ “${s(p, 'typed')}” thì Sheets đã hiểu thành ${s(p, 'read')}. Nếu bạn muốn ngày ${s(p, 'meant')}, hãy chạy “Tuần lễ HTSĐ → Thiết lập” (đặt ngôn ngữ bảng tính Việt Nam) rồi gõ lại ngày này.`,
  'date.textLocale': (p) =>
    `Sheets không hiểu “${s(p, 'text')}” là ngày vì bảng tính (ngôn ngữ ${s(p, 'locale')}) đọc tháng trước ngày, nên ô này chỉ là chữ; gõ lại vẫn sẽ là chữ. Hãy chạy “Tuần lễ HTSĐ → Thiết lập” (đặt ngôn ngữ bảng tính Việt Nam) rồi gõ lại ngày này.`,
  'setting.missing': (p, f) =>
    f.row === undefined
      ? `Thiếu mục ${q(p, 'setting')} trong tab Cấu hình. Thêm dòng ${q(p, 'setting')} và điền giá trị.`
      : `Mục ${q(p, 'setting')} còn trống. Hãy điền giá trị.`,
  'setting.duplicate': (p) =>
    `Mục ${q(p, 'setting')} đã có ở dòng ${s(p, 'firstRow')}; dòng này bị bỏ qua. Xóa một trong hai dòng.`,
  'settings.yearMismatch': (p) =>
    `Năm ${s(p, 'year')} không khớp với ngày của tuần lễ (${s(p, 'weekStart')}–${s(p, 'weekEnd')}). Sửa năm hoặc ngày bắt đầu/kết thúc tuần lễ cho thống nhất.`,
  'settings.weekReversed': (p) =>
    `Ngày kết thúc tuần lễ ${s(p, 'weekEnd')} đứng trước ngày bắt đầu ${s(p, 'weekStart')}. Sửa lại cho đúng thứ tự.`,
  'settings.weekTooLong': (p) =>
    `Tuần lễ từ ${s(p, 'weekStart')} đến ${s(p, 'weekEnd')} dài ${s(p, 'days')} ngày, quá 7 ngày. Sửa ngày kết thúc tuần lễ (thường là 07/10).`,
  'settings.targetRange': (p) =>
    `Chỉ tiêu ${s(p, 'value')} % nằm ngoài khoảng 0–100 %. Gõ một số từ 0 đến 100, ví dụ 50.`,
  'settings.timeZoneUnknown': (p) => `Múi giờ ${q(p, 'zone')} không tồn tại. Gõ ${s(p, 'expected')}.`,
  'settings.timeZoneNotSchool': (p) =>
    `Múi giờ trong Cấu hình là ${s(p, 'zone')}, không phải ${s(p, 'expected')}. Nếu trường ở Việt Nam, sửa thành ${s(p, 'expected')}.`,
  'env.spreadsheetTimeZone': (p) =>
    `Múi giờ của bảng tính là ${s(p, 'zone')}, không phải ${s(p, 'expected')}, nên giờ của các hoạt động có thể bị lệch. Vào Tệp → Cài đặt → Múi giờ và chọn (GMT+07:00) Hồ Chí Minh.`,
  'env.spreadsheetLocale': (p) =>
    `Ngôn ngữ của bảng tính là ${s(p, 'locale')}, không đọc ngày gõ tay theo kiểu ngày/tháng/năm: “05/10/2021” sẽ thành ngày 10 tháng 5. Chạy “Tuần lễ HTSĐ → Thiết lập”, hoặc vào Tệp → Cài đặt → Ngôn ngữ và chọn Việt Nam, rồi kiểm tra lại các ngày đã gõ.`,
  'env.scriptTimeZone': (p) =>
    `Múi giờ của Apps Script là ${s(p, 'zone')}, không phải ${s(p, 'expected')}. Sửa “timeZone” trong appsscript.json thành ${s(p, 'expected')}.`,
  'activity.outsideWeek': (p) =>
    `Ngày ${p['which'] === 'end' ? 'kết thúc' : 'bắt đầu'} ${s(p, 'date')} nằm ngoài tuần lễ ${s(p, 'weekStart')}–${s(p, 'weekEnd')}. Sửa thành một ngày trong tuần lễ${has(p, 'suggestion') ? ` (có lẽ là ${s(p, 'suggestion')})` : ''}.`,
  'activity.endBeforeStart': (p) =>
    `Thời điểm kết thúc ${s(p, 'end')} đứng trước thời điểm bắt đầu ${s(p, 'start')}. Sửa cho kết thúc muộn hơn bắt đầu.`,
  'activity.timeUnconfirmed': () =>
    `Giờ của hoạt động này mới là đề xuất, chưa được xác nhận. Xác nhận giờ rồi ghi “có” vào cột Giờ đã xác nhận.`,
  'activity.overlap': (p) =>
    `Người phụ trách ${s(p, 'owner')} có hoạt động ${s(p, 'other')} (dòng ${s(p, 'otherRow')}) trùng giờ với hoạt động này. Đổi giờ hoặc giao cho người khác.`,
  'activity.weekend': (p) =>
    `Hoạt động diễn ra vào ${s(p, 'date')}, ngày cuối tuần. Kiểm tra lại ngày nếu không phải chủ ý.`,
  'activity.onlineNoPlatform': () =>
    `Hoạt động trực tuyến nhưng chưa chọn nền tảng. Chọn Zoom, Google Meet, Microsoft Teams, K12Online hoặc Khác.`,
  'activity.onlineNoLink': () =>
    `Hoạt động trực tuyến nhưng chưa có đường liên kết để tham gia. Dán đường liên kết trước khi gửi lời mời.`,
  'activity.inviteNoTime': () =>
    `Đã chọn gửi lời mời nhưng hoạt động chưa có đủ giờ bắt đầu và kết thúc. Điền giờ, hoặc ghi “không” ở cột Gửi lời mời.`,
  'activity.inviteNoAudience': () =>
    `Đã chọn gửi lời mời nhưng chưa có đối tượng được mời. Chọn Toàn thể CB-GV-NV, Phụ huynh, Mọi người hoặc một tổ/nhóm.`,
  'activity.noCapacity': (p) =>
    `Hoạt động loại ${q(p, 'category')} chưa có số chỗ nên phiếu đăng ký sẽ không giới hạn. Điền số chỗ nếu chỗ có hạn.`,
  'activity.capacityInvalid': (p) => `Số chỗ ${s(p, 'value')} không hợp lệ. Gõ một số nguyên lớn hơn 0.`,
  'activity.audienceUnknown': (p) =>
    `Đối tượng ${q(p, 'audience')} không có trong danh sách và không phải tổ/nhóm nào trong tab Nhân sự. Chọn một trong: ${s(p, 'choices')}.`,
  'id.duplicate': (p) =>
    `Mã ${s(p, 'value')} trùng với dòng ${s(p, 'firstRow')}. Mỗi dòng cần một mã riêng: đổi mã của dòng này.`,
  'email.duplicate': (p) =>
    `Email ${s(p, 'value')} trùng với dòng ${s(p, 'firstRow')}. Kiểm tra xem có nhập trùng không.`,
  'text.otherYear': (p) =>
    `Văn bản nhắc đến năm ${s(p, 'found')} trong kế hoạch năm ${s(p, 'year')}: ${q(p, 'quote')}. Sửa thành năm ${s(p, 'year')} nếu đó là lỗi chép.`,
} satisfies Record<FindingCode, Render>;

export const findings = {
  messages,
  severity: { error: 'lỗi', warning: 'cảnh báo' },
  row: 'dòng',
  column: 'cột',
  unknown: (code: string) => `Cần kiểm tra (mã ${code}).`,
};
