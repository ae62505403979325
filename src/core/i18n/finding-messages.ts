import type { Finding, FindingParams, Severity } from '../findings';
import type { Language } from '../plan';
import type { FindingCode } from '../finding-codes';

/**
 * What each finding says to the principal: what is wrong and what to do about it. Vietnamese
 * first, English second. Typed against FINDING_CODES, so every code has both sentences.
 */

type Render = (p: FindingParams, f: Finding) => string;
interface Entry {
  readonly vi: Render;
  readonly en: Render;
}

/** A parameter as text; an absent one renders empty rather than "undefined". */
const s = (p: FindingParams, key: string): string => (p[key] === undefined ? '' : String(p[key]));
const q = (p: FindingParams, key: string): string => `“${s(p, key)}”`;
const has = (p: FindingParams, key: string): boolean => p[key] !== undefined && p[key] !== '';

export const FINDING_MESSAGES: Record<FindingCode, Entry> = {
  'header.missing': {
    vi: (p) =>
      `Thiếu cột ${q(p, 'header')} ở dòng tiêu đề. Thêm một cột có tiêu đề ${q(p, 'header')} hoặc chạy “Tuần lễ HTSĐ → Thiết lập” để tạo lại.`,
    en: (p) =>
      `The header row has no column ${q(p, 'header')}. Add it, or run “Tuần lễ HTSĐ → Thiết lập” to restore it.`,
  },
  'header.duplicate': {
    vi: (p) =>
      `Có ${s(p, 'count')} cột cùng tiêu đề ${q(p, 'header')} (cột ${s(p, 'columns')}). Chỉ cột đầu tiên được dùng; đổi tên hoặc xóa các cột thừa.`,
    en: (p) =>
      `${s(p, 'count')} columns are headed ${q(p, 'header')} (columns ${s(p, 'columns')}). Only the first is used; rename or delete the others.`,
  },
  'table.missing': {
    vi: (p) => `Không tìm thấy tab ${q(p, 'tab')}. Chạy “Tuần lễ HTSĐ → Thiết lập” để tạo lại tab này.`,
    en: (p) => `There is no tab ${q(p, 'tab')}. Run “Tuần lễ HTSĐ → Thiết lập” to create it.`,
  },
  'value.required': {
    vi: () => `Ô này còn trống nhưng bắt buộc phải có. Hãy điền giá trị.`,
    en: () => `This cell is required but empty. Fill it in.`,
  },
  'id.invalid': {
    vi: (p) =>
      `Mã ${q(p, 'text')} không hợp lệ: mã không có khoảng trắng và dài tối đa 64 ký tự. Sửa lại, ví dụ “HD01”.`,
    en: (p) => `The id ${q(p, 'text')} is not valid: no spaces, at most 64 characters. Use e.g. “HD01”.`,
  },
  'url.invalid': {
    vi: (p) => `${q(p, 'text')} không phải là một đường liên kết. Dán đầy đủ địa chỉ bắt đầu bằng https://.`,
    en: (p) => `${q(p, 'text')} is not a link. Paste the full address starting with https://.`,
  },
  'email.invalid': {
    vi: (p) =>
      `Địa chỉ email ${q(p, 'text')} không hợp lệ. Sửa thành dạng ten@truong.edu.vn, không có khoảng trắng hay xuống dòng.`,
    en: (p) =>
      `The e-mail address ${q(p, 'text')} is not valid. Use the form name@school.edu.vn, without spaces or line breaks.`,
  },
  'number.invalid': {
    vi: (p) => `${q(p, 'text')} không phải là một số. Chỉ gõ chữ số, ví dụ 40.`,
    en: (p) => `${q(p, 'text')} is not a number. Type digits only, e.g. 40.`,
  },
  'number.text': {
    vi: (p) =>
      `Số ${q(p, 'text')} đang được lưu dạng chữ nên bảng tính không cộng hay sắp xếp được. Gõ lại thành số (không có dấu nháy ở đầu).`,
    en: (p) =>
      `The number ${q(p, 'text')} is stored as text, so the sheet cannot add or sort it. Retype it as a number.`,
  },
  'percent.invalid': {
    vi: (p) => `${q(p, 'text')} không phải là một tỷ lệ phần trăm. Gõ một số từ 0 đến 100, ví dụ 50.`,
    en: (p) => `${q(p, 'text')} is not a percentage. Type a number from 0 to 100, e.g. 50.`,
  },
  'choice.unknown': {
    vi: (p) => `${q(p, 'text')} không có trong danh sách. Chọn một trong: ${s(p, 'choices')}.`,
    en: (p) => `${q(p, 'text')} is not one of the choices. Pick one of: ${s(p, 'choices')}.`,
  },
  'yesno.invalid': {
    vi: (p) => `${q(p, 'text')} không phải là có/không. Gõ “có” hoặc “không”.`,
    en: (p) => `${q(p, 'text')} is not yes/no. Type “có” (yes) or “không” (no).`,
  },
  'date.text': {
    vi: (p) =>
      `Ngày ${q(p, 'text')} được gõ dạng chữ nên bảng tính không sắp xếp hay định dạng được; đã hiểu là ${s(p, 'date')}. Gõ lại thành ngày theo dạng dd/MM/yyyy HH:mm.`,
    en: (p) =>
      `The date ${q(p, 'text')} is typed as text, so the sheet cannot sort or format it; read as ${s(p, 'date')}. Retype it as a date (dd/MM/yyyy HH:mm).`,
  },
  'date.noYear': {
    vi: (p) =>
      has(p, 'suggestion')
        ? `Ngày ${q(p, 'text')} thiếu năm; có lẽ là ${s(p, 'suggestion')}. Gõ đủ ngày/tháng/năm.`
        : `Ngày ${q(p, 'text')} thiếu năm. Gõ đủ ngày/tháng/năm theo dạng dd/MM/yyyy.`,
    en: (p) =>
      has(p, 'suggestion')
        ? `The date ${q(p, 'text')} has no year; probably ${s(p, 'suggestion')}. Type day/month/year in full.`
        : `The date ${q(p, 'text')} has no year. Type day/month/year in full (dd/MM/yyyy).`,
  },
  'date.invalid': {
    vi: (p) =>
      `${q(p, 'text')} không phải là một ngày hợp lệ. Gõ ngày theo dạng dd/MM/yyyy (có thể thêm giờ HH:mm).`,
    en: (p) => `${q(p, 'text')} is not a valid date. Type it as dd/MM/yyyy (optionally with HH:mm).`,
  },
  'setting.missing': {
    vi: (p, f) =>
      f.row === undefined
        ? `Thiếu mục ${q(p, 'setting')} trong tab Cấu hình. Thêm dòng ${q(p, 'setting')} và điền giá trị.`
        : `Mục ${q(p, 'setting')} còn trống. Hãy điền giá trị.`,
    en: (p, f) =>
      f.row === undefined
        ? `The Settings tab has no row ${q(p, 'setting')}. Add the row and fill in its value.`
        : `The setting ${q(p, 'setting')} is empty. Fill it in.`,
  },
  'setting.duplicate': {
    vi: (p) =>
      `Mục ${q(p, 'setting')} đã có ở dòng ${s(p, 'firstRow')}; dòng này bị bỏ qua. Xóa một trong hai dòng.`,
    en: (p) =>
      `The setting ${q(p, 'setting')} is already on row ${s(p, 'firstRow')}; this row is ignored. Delete one of them.`,
  },
  'settings.yearMismatch': {
    vi: (p) =>
      `Năm ${s(p, 'year')} không khớp với ngày của tuần lễ (${s(p, 'weekStart')}–${s(p, 'weekEnd')}). Sửa năm hoặc ngày bắt đầu/kết thúc tuần lễ cho thống nhất.`,
    en: (p) =>
      `The year ${s(p, 'year')} does not match the week's dates (${s(p, 'weekStart')}–${s(p, 'weekEnd')}). Make them agree.`,
  },
  'settings.weekReversed': {
    vi: (p) =>
      `Ngày kết thúc tuần lễ ${s(p, 'weekEnd')} đứng trước ngày bắt đầu ${s(p, 'weekStart')}. Sửa lại cho đúng thứ tự.`,
    en: (p) => `The week ends (${s(p, 'weekEnd')}) before it starts (${s(p, 'weekStart')}). Fix the order.`,
  },
  'settings.weekTooLong': {
    vi: (p) =>
      `Tuần lễ từ ${s(p, 'weekStart')} đến ${s(p, 'weekEnd')} dài ${s(p, 'days')} ngày, quá 7 ngày. Sửa ngày kết thúc tuần lễ (thường là 07/10).`,
    en: (p) =>
      `The week from ${s(p, 'weekStart')} to ${s(p, 'weekEnd')} lasts ${s(p, 'days')} days, more than 7. Fix the end date (usually 07/10).`,
  },
  'settings.targetRange': {
    vi: (p) => `Chỉ tiêu ${s(p, 'value')} % nằm ngoài khoảng 0–100 %. Gõ một số từ 0 đến 100, ví dụ 50.`,
    en: (p) => `The target ${s(p, 'value')} % is outside 0–100 %. Type a number from 0 to 100, e.g. 50.`,
  },
  'settings.timeZoneUnknown': {
    vi: (p) => `Múi giờ ${q(p, 'zone')} không tồn tại. Gõ ${s(p, 'expected')}.`,
    en: (p) => `There is no time zone ${q(p, 'zone')}. Type ${s(p, 'expected')}.`,
  },
  'settings.timeZoneNotSchool': {
    vi: (p) =>
      `Múi giờ trong Cấu hình là ${s(p, 'zone')}, không phải ${s(p, 'expected')}. Nếu trường ở Việt Nam, sửa thành ${s(p, 'expected')}.`,
    en: (p) =>
      `The Settings time zone is ${s(p, 'zone')}, not ${s(p, 'expected')}. For a school in Vietnam, change it to ${s(p, 'expected')}.`,
  },
  'env.spreadsheetTimeZone': {
    vi: (p) =>
      `Múi giờ của bảng tính là ${s(p, 'zone')}, không phải ${s(p, 'expected')}, nên giờ của các hoạt động có thể bị lệch. Vào Tệp → Cài đặt → Múi giờ và chọn (GMT+07:00) Hồ Chí Minh.`,
    en: (p) =>
      `The spreadsheet's time zone is ${s(p, 'zone')}, not ${s(p, 'expected')}, so activity times may shift. Set it in File → Settings → Time zone.`,
  },
  'env.scriptTimeZone': {
    vi: (p) =>
      `Múi giờ của Apps Script là ${s(p, 'zone')}, không phải ${s(p, 'expected')}. Sửa “timeZone” trong appsscript.json thành ${s(p, 'expected')}.`,
    en: (p) =>
      `The Apps Script time zone is ${s(p, 'zone')}, not ${s(p, 'expected')}. Set “timeZone” in appsscript.json to ${s(p, 'expected')}.`,
  },
  'activity.outsideWeek': {
    vi: (p) =>
      `Ngày ${p['which'] === 'end' ? 'kết thúc' : 'bắt đầu'} ${s(p, 'date')} nằm ngoài tuần lễ ${s(p, 'weekStart')}–${s(p, 'weekEnd')}. Sửa thành một ngày trong tuần lễ${has(p, 'suggestion') ? ` (có lẽ là ${s(p, 'suggestion')})` : ''}.`,
    en: (p) =>
      `The ${p['which'] === 'end' ? 'end' : 'start'} date ${s(p, 'date')} is outside the week ${s(p, 'weekStart')}–${s(p, 'weekEnd')}. Change it to a day of the week${has(p, 'suggestion') ? ` (probably ${s(p, 'suggestion')})` : ''}.`,
  },
  'activity.endBeforeStart': {
    vi: (p) =>
      `Thời điểm kết thúc ${s(p, 'end')} đứng trước thời điểm bắt đầu ${s(p, 'start')}. Sửa cho kết thúc muộn hơn bắt đầu.`,
    en: (p) =>
      `The end ${s(p, 'end')} is before the start ${s(p, 'start')}. Make the end later than the start.`,
  },
  'activity.timeUnconfirmed': {
    vi: () =>
      `Giờ của hoạt động này mới là đề xuất, chưa được xác nhận. Xác nhận giờ rồi ghi “có” vào cột Giờ đã xác nhận.`,
    en: () =>
      `This activity's time is only proposed. Confirm it, then type “có” in the Time confirmed column.`,
  },
  'activity.overlap': {
    vi: (p) =>
      `Người phụ trách ${s(p, 'owner')} có hoạt động ${s(p, 'other')} (dòng ${s(p, 'otherRow')}) trùng giờ với hoạt động này. Đổi giờ hoặc giao cho người khác.`,
    en: (p) =>
      `The owner ${s(p, 'owner')} also has ${s(p, 'other')} (row ${s(p, 'otherRow')}) at the same time. Move one or hand it to someone else.`,
  },
  'activity.weekend': {
    vi: (p) =>
      `Hoạt động diễn ra vào ${s(p, 'date')}, ngày cuối tuần. Kiểm tra lại ngày nếu không phải chủ ý.`,
    en: (p) => `The activity is on ${s(p, 'date')}, a weekend day. Check the date unless this is intended.`,
  },
  'activity.onlineNoPlatform': {
    vi: () =>
      `Hoạt động trực tuyến nhưng chưa chọn nền tảng. Chọn Zoom, Google Meet, Microsoft Teams, K12Online hoặc Khác.`,
    en: () =>
      `The activity is online but has no platform. Pick Zoom, Google Meet, Microsoft Teams, K12Online or Khác (other).`,
  },
  'activity.onlineNoLink': {
    vi: () =>
      `Hoạt động trực tuyến nhưng chưa có đường liên kết để tham gia. Dán đường liên kết trước khi gửi lời mời.`,
    en: () => `The activity is online but has no link to join. Paste the link before invitations go out.`,
  },
  'activity.inviteNoTime': {
    vi: () =>
      `Đã chọn gửi lời mời nhưng hoạt động chưa có đủ giờ bắt đầu và kết thúc. Điền giờ, hoặc ghi “không” ở cột Gửi lời mời.`,
    en: () =>
      `Invitations are requested but the start or end is missing. Fill them in, or type “không” under Invite.`,
  },
  'activity.inviteNoAudience': {
    vi: () =>
      `Đã chọn gửi lời mời nhưng chưa có đối tượng được mời. Chọn Toàn thể CB-GV-NV, Phụ huynh, Mọi người hoặc một tổ/nhóm.`,
    en: () =>
      `Invitations are requested but nobody is invited. Choose an audience: all staff, parents, everyone or a group.`,
  },
  'activity.noCapacity': {
    vi: (p) =>
      `Hoạt động loại ${q(p, 'category')} chưa có số chỗ nên phiếu đăng ký sẽ không giới hạn. Điền số chỗ nếu chỗ có hạn.`,
    en: (p) =>
      `This ${q(p, 'category')} activity has no capacity, so sign-ups are unlimited. Set a capacity if seats are limited.`,
  },
  'activity.capacityInvalid': {
    vi: (p) => `Số chỗ ${s(p, 'value')} không hợp lệ. Gõ một số nguyên lớn hơn 0.`,
    en: (p) => `The capacity ${s(p, 'value')} is not valid. Type a whole number above 0.`,
  },
  'activity.audienceUnknown': {
    vi: (p) =>
      `Đối tượng ${q(p, 'audience')} không có trong danh sách và không phải tổ/nhóm nào trong tab Nhân sự. Chọn một trong: ${s(p, 'choices')}.`,
    en: (p) =>
      `The audience ${q(p, 'audience')} is neither a known audience nor a group in People. Pick one of: ${s(p, 'choices')}.`,
  },
  'id.duplicate': {
    vi: (p) =>
      `Mã ${s(p, 'value')} trùng với dòng ${s(p, 'firstRow')}. Mỗi dòng cần một mã riêng: đổi mã của dòng này.`,
    en: (p) =>
      `The id ${s(p, 'value')} repeats row ${s(p, 'firstRow')}. Each row needs its own id: change this one.`,
  },
  'email.duplicate': {
    vi: (p) => `Email ${s(p, 'value')} trùng với dòng ${s(p, 'firstRow')}. Kiểm tra xem có nhập trùng không.`,
    en: (p) => `The e-mail ${s(p, 'value')} repeats row ${s(p, 'firstRow')}. Check for a duplicate entry.`,
  },
  'text.otherYear': {
    vi: (p) =>
      `Văn bản nhắc đến năm ${s(p, 'found')} trong kế hoạch năm ${s(p, 'year')}: ${q(p, 'quote')}. Sửa thành năm ${s(p, 'year')} nếu đó là lỗi chép.`,
    en: (p) =>
      `The text names the year ${s(p, 'found')} in the ${s(p, 'year')} plan: ${q(p, 'quote')}. Change it to ${s(p, 'year')} if it was copied by mistake.`,
  },
};

const SEVERITY_WORDS: Record<Language, Record<Severity, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo' },
  en: { error: 'error', warning: 'warning' },
};

export function severityWord(severity: Severity, lang: Language = 'vi'): string {
  return SEVERITY_WORDS[lang][severity];
}

export function isKnownFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_MESSAGES, code);
}

/** The sentence that tells the principal what is wrong and what to do. */
export function renderFinding(finding: Finding, lang: Language = 'vi'): string {
  if (!isKnownFindingCode(finding.code)) {
    return lang === 'vi' ? `Cần kiểm tra (mã ${finding.code}).` : `Needs checking (code ${finding.code}).`;
  }
  return FINDING_MESSAGES[finding.code][lang](finding.params, finding).normalize('NFC');
}

/** "Hoạt động, dòng 7, cột Bắt đầu" — where to look. */
export function placeOf(finding: Finding, lang: Language = 'vi'): string {
  const words = lang === 'vi' ? { row: 'dòng', column: 'cột' } : { row: 'row', column: 'column' };
  const parts = [finding.tableName];
  if (finding.row !== undefined) {
    const setting = finding.params['setting'];
    parts.push(
      `${words.row} ${finding.row}${finding.table === 'settings' && setting ? ` (${setting})` : ''}`,
    );
  }
  if (finding.column !== undefined) parts.push(`${words.column} ${finding.column}`);
  return parts.join(', ').normalize('NFC');
}

/** "Lỗi: …" — a finding as one line of a row's findings cell. */
export function findingLine(finding: Finding, lang: Language = 'vi'): string {
  const word = severityWord(finding.severity, lang);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}: ${renderFinding(finding, lang)}`;
}

/** "Hoạt động, dòng 7, cột Bắt đầu — lỗi: …" — a finding on its own, for lists and the CLI. */
export function describeFinding(finding: Finding, lang: Language = 'vi'): string {
  return `${placeOf(finding, lang)} — ${severityWord(finding.severity, lang)}: ${renderFinding(finding, lang)}`;
}
