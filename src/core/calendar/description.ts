import type { Activity, Settings } from '../plan';

type FormKey = keyof Settings['formUrls'];

/** Which form an activity's guests need: register for the opening, sign up for a session, vote. */
const FORM_OF_CATEGORY: Partial<Record<Activity['category'], FormKey>> = {
  'khai mạc': 'attendance',
  'tập huấn': 'training',
  'nói chuyện': 'training',
  'bình chọn': 'nomination',
};

const TEXT = {
  vi: {
    week: (year: number, theme: string) =>
      `Hoạt động trong Tuần lễ hưởng ứng học tập suốt đời năm ${year}, chủ đề “${theme}”.`,
    category: 'Loại hoạt động',
    tentative: 'Giờ là đề xuất, sẽ được xác nhận lại.',
    online: (platform: string) => `Hình thức: trực tuyến qua ${platform}`,
    onlineNoPlatform: 'Hình thức: trực tuyến',
    link: 'Đường liên kết tham gia',
    location: 'Địa điểm',
    owner: 'Người phụ trách',
    organiser: 'Đơn vị tổ chức',
    form: {
      attendance: 'Đăng ký và điểm danh dự lễ khai mạc',
      training: 'Đăng ký tham gia',
      nomination: 'Đề cử “Gia đình hiếu học”',
    },
  },
  en: {
    week: (year: number, theme: string) =>
      `An activity of the Lifelong Learning Week ${year}, theme “${theme}”.`,
    category: 'Kind of activity',
    tentative: 'The time is proposed and will be confirmed.',
    online: (platform: string) => `Online, on ${platform}`,
    onlineNoPlatform: 'Online',
    link: 'Link to join',
    location: 'Place',
    owner: 'Person in charge',
    organiser: 'Organised by',
    form: {
      attendance: 'Register and check in for the opening ceremony',
      training: 'Sign up',
      nomination: 'Nominate a “studious family”',
    },
  },
} as const;

/**
 * The event's description: its purpose (the week and its theme), how to join (platform and
 * link when online), where, who is in charge and the form to fill in. Plain text, one fact
 * per line: calendar clients show it as is.
 */
export function eventDescription(activity: Activity, settings: Settings): string {
  const t = TEXT[settings.language];
  const lines: string[] = [t.week(settings.year, settings.theme), `${t.category}: ${activity.category}`];
  if (!activity.timeConfirmed) lines.push(t.tentative);
  if (activity.platform || activity.link) {
    lines.push(
      activity.platform && activity.platform !== 'Khác' ? t.online(activity.platform) : t.onlineNoPlatform,
    );
    if (activity.link) lines.push(`${t.link}: ${activity.link}`);
  }
  if (activity.location) lines.push(`${t.location}: ${activity.location}`);
  if (activity.owner) lines.push(`${t.owner}: ${activity.owner}`);
  const form = FORM_OF_CATEGORY[activity.category];
  const formUrl = form ? settings.formUrls[form] : undefined;
  if (form && formUrl) lines.push(`${t.form[form]}: ${formUrl}`);
  lines.push(`${t.organiser}: ${settings.school}`);
  return lines.join('\n');
}
