import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOutbox } from '../../src/app/outbox/outbox-store';
import { weekScenario } from '../../src/app/jobs/week-scenario';
import { localDateTime } from '../../src/core/cell';
import type { Settings } from '../../src/core/plan';
import { readMailPayload } from '../../src/core/outbox/enqueue';
import { eventChangeMail } from '../../src/core/calendar/change-mail';
import { flaggedReplyMail } from '../../src/core/mail/flagged-reply';
import { invitationMail } from '../../src/core/mail/invitation';
import { sampleResponses } from '../../src/core/seed/sample-responses';
import { runWeek } from '../../src/local/week/run-week';
import { Workbook } from '../../src/local/workbook/workbook';

/** One mail as a reader's mail client gets it. */
export interface MailToRender {
  /** The outbox key's first part: "invite-mail", "confirm", "reminder", … */
  readonly kind: string;
  readonly subject: string;
  readonly html: string;
}

/**
 * Every kind of mail the product sends, taken from the outbox of a local week as it queued
 * them (the school mailing its families too, so the families' kinds are there), the longest
 * of each kind: the one most likely to overflow a phone's screen.
 */
export async function weekMails(): Promise<MailToRender[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'mail-phone-'));
  try {
    const run = await runWeek(weekScenario(sampleResponses(), { mailFamilies: true }), {
      outDir,
      out: () => undefined,
    });
    const book = await Workbook.open(run.workbookFile);
    const longest = new Map<string, MailToRender>();
    for (const { entry } of loadOutbox(book).ledger.rows) {
      const payload = readMailPayload(entry.payload);
      if (typeof payload === 'string') continue;
      const kind = entry.key.split(':')[0]!;
      const known = longest.get(kind);
      if (!known || payload.html.length > known.html.length)
        longest.set(kind, { kind, subject: entry.subject, html: payload.html });
    }
    return [...longest.values()];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * What no sample holds: an activity title of one 300-letter word, a 600-character meeting link,
 * a form address as long as a prefilled one gets. A phone must still not scroll sideways.
 */
export function hostileInvitation(): MailToRender {
  const mail = invitationMail({
    language: 'vi',
    recipientName: 'Nguyễn Thị Ánh 🌸'.repeat(10),
    school: 'Trường Mầm non 20/10',
    year: 2021,
    theme: 'Chuyển đổi số để xây dựng thành công một xã hội học tập mới',
    weekStart: localDateTime(2021, 10, 1),
    weekEnd: localDateTime(2021, 10, 7),
    activities: [
      {
        title: 'Ă'.repeat(300),
        start: localDateTime(2021, 10, 5, 8, 0),
        end: localDateTime(2021, 10, 5, 10, 0),
        location: 'Lớp Lá 1 🎈 '.repeat(20),
        link: `https://meet.example/${'x'.repeat(600)}`,
      },
    ],
    forms: [
      {
        label: 'Đăng ký dự lễ khai mạc',
        url: `https://docs.google.com/forms/d/e/${'A'.repeat(56)}/viewform?usp=pp_url&entry.1=${'b'.repeat(400)}`,
        deadline: localDateTime(2021, 10, 1),
      },
    ],
  });
  return { kind: 'invite-mail (hostile)', subject: mail.subject, html: mail.html };
}

/**
 * The kinds the sample week does not happen to send (its answers are all complete, its one
 * cancelled activity had no guest by mail): a flagged answer's reply, an event's move and its
 * cancellation, as their templates write them.
 */
export function kindsTheWeekMisses(settings: Settings): MailToRender[] {
  const event = {
    title: 'Tập huấn kỹ năng tìm kiếm, khai thác, sử dụng thông tin trên mạng Internet an toàn',
    start: localDateTime(2021, 10, 4, 14, 0),
    end: localDateTime(2021, 10, 4, 16, 0),
    location: 'Hội trường nhà trường',
    url: 'https://zoom.example.com/j/htsd-2021-tap-huan-internet',
  };
  const flagged = flaggedReplyMail({
    language: 'vi',
    recipientName: 'Trần Thị Bình',
    school: settings.school,
    form: 'Đăng ký tập huấn',
    reasons: ['Chưa chọn buổi tập huấn nào', 'Địa chỉ thư có dấu cách: "binh @gmail.com"'],
    details: [['Họ và tên', 'Trần Thị Bình']],
    formUrl: 'http://127.0.0.1:8080/forms/training',
  });
  return [
    { kind: 'flagged-reply', subject: flagged.subject, html: flagged.html },
    ...(['updated', 'cancelled'] as const).map((change) => {
      const mail = eventChangeMail(change, event, settings, 'Nguyễn Phương Hằng');
      return { kind: `calendar-${change}`, subject: mail.subject, html: mail.html };
    }),
  ];
}
