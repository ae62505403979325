import type { Activity, Plan } from '../plan';
import { formatDayDate, formatTime } from '../i18n/dates';
import { foldKey } from '../text';
import { sessionActivities, sessionChoiceLabel } from './session-choice';
import type { FormId, FormSpec, Question } from './types';

/**
 * The three forms generated from the plan. Choices that come from the plan (groups, sessions)
 * are rebuilt on every call, so re-running Setup refreshes them; `seatsTaken` (seated count per
 * activity id, from allocateSeats) makes each session label show the seats left.
 */

export const INTENT_REGISTER = 'Đăng ký tham dự';
export const INTENT_PRESENT = 'Điểm danh có mặt';
export const INTENTS = [INTENT_REGISTER, INTENT_PRESENT] as const;

export const WHO_STAFF = 'CB-GV-NV';
export const WHO_CHOICES = [WHO_STAFF, 'Phụ huynh', 'Người dân'] as const;

export const PLEDGE_CHOICES = [
  'Tin học',
  'Ngoại ngữ',
  'Cao học',
  'Bồi dưỡng cán bộ quản lý (CBQL)',
  'Tổ trưởng chuyên môn',
] as const;

export const RELATION_CHOICES = [
  'Phụ huynh cùng lớp',
  'Giáo viên',
  'Hàng xóm / người dân',
  'Chính gia đình',
] as const;

export const CONSENT_NO = 'Không đồng ý';

export interface FormSpecOptions {
  /** Seated count per activity id; absent ids count as 0. */
  readonly seatsTaken?: Readonly<Record<string, number>>;
}

const email = (help: string): Question => ({
  key: 'email',
  title: 'Email',
  type: 'email',
  required: true,
  help,
});
const name = (title = 'Họ và tên'): Question => ({ key: 'name', title, type: 'text', required: true });

function activeGroups(plan: Plan): string[] {
  const seen = new Map<string, string>();
  for (const person of plan.people) {
    const group = person.group?.normalize('NFC').trim();
    if (person.active && group && !seen.has(foldKey(group))) seen.set(foldKey(group), group);
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

function governingBody(plan: Plan): string {
  return plan.settings?.governingBody ?? 'UBND Quận';
}

export function openingModes(plan: Plan): string[] {
  return [`Tại Hội trường ${governingBody(plan)}`, 'Tại điểm cầu của trường', 'Trực tuyến tại nhà'];
}

export function consentYes(plan: Plan): string {
  return `Đồng ý chia sẻ đề cử này với ${plan.settings?.wardAssociation ?? 'Hội khuyến học phường'}`;
}

function weekTitle(plan: Plan): string {
  const year = plan.settings?.year;
  return `Tuần lễ hưởng ứng học tập suốt đời${year ? ` năm ${year}` : ''}`;
}

function openingActivity(plan: Plan): Activity | undefined {
  return plan.activities.find((a) => a.category === 'khai mạc' && a.status !== 'hủy');
}

function attendanceForm(plan: Plan): FormSpec {
  const opening = openingActivity(plan);
  const when = opening?.start ? ` vào ${formatDayDate(opening.start)} lúc ${formatTime(opening.start)}` : '';
  const target = plan.settings?.openingTarget;
  const groups = activeGroups(plan);
  const groupQuestion: Question =
    groups.length > 0
      ? {
          key: 'group',
          title: 'Tổ/nhóm',
          type: 'multipleChoice',
          required: true,
          choices: groups,
          otherOption: true,
        }
      : { key: 'group', title: 'Tổ/nhóm', type: 'text', required: true };
  return {
    id: 'attendance',
    title: `Lễ khai mạc “${weekTitle(plan)}”`,
    description:
      `Lễ khai mạc do ${governingBody(plan)} tổ chức trực tuyến${when}, ` +
      `tại Hội trường ${governingBody(plan)} và các điểm cầu. ` +
      'Đăng ký trước để nhà trường chuẩn bị điểm cầu; trong buổi lễ, gửi lại biểu mẫu này để điểm danh.' +
      (target !== undefined ? ` Chỉ tiêu: ít nhất ${target} % CB-GV-NV tham dự.` : ''),
    questions: [
      email('Dùng địa chỉ email của trường để được tính vào danh sách CB-GV-NV.'),
      name(),
      groupQuestion,
      { key: 'intent', title: 'Bạn muốn', type: 'multipleChoice', required: true, choices: [...INTENTS] },
      {
        key: 'mode',
        title: 'Hình thức tham dự',
        type: 'multipleChoice',
        required: true,
        choices: openingModes(plan),
      },
    ],
    confirmation:
      'Cảm ơn bạn! Nhà trường đã ghi nhận. Thư xác nhận sẽ được gửi đến email của bạn; muốn đổi, hãy gửi lại biểu mẫu — lần gửi sau cùng được tính.',
    collectsEmail: true,
  };
}

function trainingForm(plan: Plan, options: FormSpecOptions): FormSpec {
  const sessions = sessionActivities(plan.activities);
  const labels = sessions.map((a) => sessionChoiceLabel(a, options.seatsTaken?.[a.id] ?? 0));
  const sessionQuestion: Question =
    labels.length > 0
      ? {
          key: 'sessions',
          title: 'Buổi tập huấn / nói chuyện muốn tham gia',
          type: 'checkbox',
          required: false,
          choices: labels,
          help: 'Buổi đã đủ chỗ vẫn chọn được: bạn vào danh sách chờ và được báo qua email khi có chỗ.',
        }
      : {
          key: 'sessions',
          title: 'Buổi tập huấn / nói chuyện muốn tham gia',
          type: 'paragraph',
          required: false,
          help: 'Chưa có buổi nào được lên lịch.',
        };
  return {
    id: 'training',
    title: `Đăng ký tập huấn / nói chuyện – ${weekTitle(plan)}`,
    description:
      'Các lớp tập huấn, buổi nói chuyện miễn phí trong tuần lễ, dành cho CB-GV-NV, phụ huynh và người dân. ' +
      'Mỗi buổi có số chỗ giới hạn; chỗ được xếp theo thứ tự gửi. Gửi lại biểu mẫu để thay đổi lựa chọn.',
    questions: [
      email('Thư xác nhận chỗ hoặc vị trí trong danh sách chờ sẽ gửi về địa chỉ này.'),
      name(),
      { key: 'who', title: 'Bạn là', type: 'multipleChoice', required: true, choices: [...WHO_CHOICES] },
      sessionQuestion,
      {
        key: 'pledges',
        title: 'Khóa học dài hạn bạn đăng ký theo học trong năm',
        type: 'checkbox',
        required: false,
        choices: [...PLEDGE_CHOICES],
        otherOption: true,
      },
    ],
    confirmation:
      'Cảm ơn bạn! Kết quả xếp chỗ (hoặc vị trí trong danh sách chờ) sẽ được gửi qua email. Muốn đổi buổi, hãy gửi lại biểu mẫu.',
    collectsEmail: true,
  };
}

function nominationForm(plan: Plan): FormSpec {
  const ward = plan.settings?.wardAssociation ?? 'Hội khuyến học phường';
  return {
    id: 'nomination',
    title: `Đề cử “Gia đình hiếu học” năm ${plan.settings?.year ?? ''}`.trim(),
    description:
      `Giới thiệu một gia đình tiêu biểu trong phường để nhà trường xét chọn và gửi ${ward} tuyên dương. ` +
      'Thông tin chỉ Ban giám hiệu xem và được xóa sau thời hạn lưu trữ.',
    questions: [
      email('Email của người đề cử, để nhà trường liên hệ khi cần.'),
      name('Họ và tên người đề cử'),
      {
        key: 'relation',
        title: 'Quan hệ với gia đình được đề cử',
        type: 'multipleChoice',
        required: true,
        choices: [...RELATION_CHOICES],
        otherOption: true,
      },
      { key: 'family', title: 'Họ tên người đại diện gia đình', type: 'text', required: true },
      { key: 'child', title: 'Họ tên trẻ', type: 'text', required: true },
      { key: 'className', title: 'Lớp', type: 'text', required: true },
      { key: 'address', title: 'Địa chỉ (trong phường)', type: 'text', required: true },
      {
        key: 'achievements',
        title: 'Thành tích, tấm gương học tập của gia đình',
        type: 'paragraph',
        required: true,
      },
      {
        key: 'evidence',
        title: 'Liên kết minh chứng (ảnh, giấy khen…)',
        type: 'text',
        required: false,
        help: 'Dán đường liên kết Google Drive hoặc trang web, nếu có.',
      },
      {
        key: 'consent',
        // A fixed title: it is the CSV column header, so it must not change with Settings.
        title: 'Đồng ý chia sẻ với Hội khuyến học phường',
        type: 'multipleChoice',
        required: true,
        choices: [consentYes(plan), CONSENT_NO],
        help: 'Chỉ các đề cử được đồng ý mới được gửi đến Hội khuyến học.',
      },
    ],
    confirmation: 'Cảm ơn bạn đã đề cử! Ban giám hiệu sẽ xem xét và báo kết quả qua email.',
    collectsEmail: true,
  };
}

export function buildFormSpecs(plan: Plan, options: FormSpecOptions = {}): FormSpec[] {
  return [attendanceForm(plan), trainingForm(plan, options), nominationForm(plan)];
}

export function formSpecOf(specs: readonly FormSpec[], id: FormId): FormSpec {
  const spec = specs.find((s) => s.id === id);
  if (!spec) throw new RangeError(`no form spec "${id}"`);
  return spec;
}
