import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { confirmationMail } from '../../../src/core/mail/confirmation';
import { invitationMail, type InvitationData } from '../../../src/core/mail/invitation';
import { organiserNoteMail } from '../../../src/core/mail/organiser-note';
import { reminderMail } from '../../../src/core/mail/reminder';

const WEEK: InvitationData = {
  language: 'vi',
  recipientName: 'Nguyễn Thị An',
  school: 'Trường Mầm non 20/10',
  year: 2021,
  theme: 'Chuyển đổi số để xây dựng thành công một xã hội học tập mới',
  weekStart: localDateTime(2021, 10, 1),
  weekEnd: localDateTime(2021, 10, 7),
  activities: [
    {
      title: 'Treo cờ, băng rôn tại trường',
      start: localDateTime(2021, 10, 1),
      end: localDateTime(2021, 10, 7),
      location: 'Cổng trường',
    },
    {
      title: 'Dự Lễ khai mạc trực tuyến do Quận tổ chức',
      start: localDateTime(2021, 10, 5, 8, 0),
      end: localDateTime(2021, 10, 5, 10, 0),
      location: 'Hội trường UBND Quận 1 và các điểm cầu',
      platform: 'Zoom',
      link: 'https://zoom.us/j/123456789',
    },
    {
      title: 'Tập huấn an toàn trên Internet',
      start: localDateTime(2021, 10, 6, 14, 0),
      end: localDateTime(2021, 10, 6, 16, 0),
      timeConfirmed: false,
      platform: 'Google Meet',
    },
  ],
  forms: [{ label: 'Đăng ký dự lễ khai mạc', url: 'https://forms.gle/abc' }],
  senderName: 'Ban tổ chức Tuần lễ',
  organiserEmail: 'hieutruong@truong.example',
};

const NFD_NAME = 'Nguyễn Thị Ánh'.normalize('NFD');

describe('the invitation', () => {
  it('says what, when and where in Vietnamese (snapshot)', () => {
    expect(invitationMail(WEEK)).toMatchSnapshot();
  });

  it('in English too (snapshot)', () => {
    expect(invitationMail({ ...WEEK, language: 'en', recipientName: 'Ms An' })).toMatchSnapshot();
  });

  it('gives the week as "từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021", the theme, each day and its hours', () => {
    const mail = invitationMail(WEEK);
    expect(mail.subject).toBe(
      'Thư mời tham gia Tuần lễ hưởng ứng học tập suốt đời năm 2021 – Trường Mầm non 20/10',
    );
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021');
      expect(part).toContain('Chuyển đổi số để xây dựng thành công một xã hội học tập mới');
      expect(part).toContain('thứ Ba, 05/10/2021');
      expect(part).toContain('08:00–10:00');
      expect(part).toContain('14:00–16:00 (giờ dự kiến)');
    }
  });

  it('puts the forms first, as buttons with their deadline, then the programme as a list per day', () => {
    const mail = invitationMail({
      ...WEEK,
      forms: [
        {
          label: 'Đăng ký dự lễ khai mạc',
          url: 'https://forms.gle/abc',
          deadline: localDateTime(2021, 10, 1),
        },
      ],
    });
    expect(mail.html).not.toContain('<table');
    const button = mail.html.indexOf('<a href="https://forms.gle/abc" style="display:block');
    expect(button).toBeGreaterThan(0);
    expect(button).toBeLessThan(mail.html.indexOf('Chương trình hoạt động'));
    expect(mail.html).toContain('Hạn: trước thứ Sáu, 01/10/2021');
    // one heading per day, in time order; the activity spanning the week comes last, on its own
    const days = [...mail.html.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(days).toEqual(['thứ Ba, 05/10/2021', 'thứ Tư, 06/10/2021', 'Trong nhiều ngày']);
    expect(mail.text).toContain(
      'Trong nhiều ngày\n- Treo cờ, băng rôn tại trường (từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021) — Cổng trường',
    );
    expect(mail.html).toContain('<a href="https://zoom.us/j/123456789">https://zoom.us/j/123456789</a>');
    expect(mail.text).toContain(
      'thứ Ba, 05/10/2021\n- 08:00–10:00 Dự Lễ khai mạc trực tuyến do Quận tổ chức — Hội trường UBND Quận 1',
    );
    expect(mail.text).toContain(
      '- Đăng ký dự lễ khai mạc: https://forms.gle/abc (Hạn: trước thứ Sáu, 01/10/2021)',
    );
    expect(mail.text.indexOf('https://forms.gle/abc')).toBeLessThan(
      mail.text.indexOf('Chương trình hoạt động'),
    );
  });

  it("links each activity with hours to Google Calendar at the school's hours", () => {
    const mail = invitationMail(WEEK);
    const links = [...mail.html.matchAll(/href="(https:\/\/calendar\.google\.com[^"]*)"/g)].map(
      (m) => new URL(m[1]!.replace(/&amp;/g, '&')),
    );
    expect(links).toHaveLength(2); // the two with hours; not the banner hung all week
    const opening = links.find(
      (u) => u.searchParams.get('text') === 'Dự Lễ khai mạc trực tuyến do Quận tổ chức',
    )!;
    expect(opening.searchParams.get('action')).toBe('TEMPLATE');
    expect(opening.searchParams.get('dates')).toBe('20211005T080000/20211005T100000');
    expect(opening.searchParams.get('ctz')).toBe('Asia/Ho_Chi_Minh');
    expect(opening.searchParams.get('location')).toBe('Hội trường UBND Quận 1 và các điểm cầu');
    expect(opening.searchParams.get('details')).toBe('https://zoom.us/j/123456789');
  });

  it('leaves out the forms section when there are no forms', () => {
    const mail = invitationMail({ ...WEEK, forms: [] });
    expect(mail.text).not.toContain('biểu mẫu');
    expect(mail.html).not.toContain('biểu mẫu');
    expect(mail.html).not.toContain('display:block');
  });

  it('escapes a hostile name and shows =cmd as typed', () => {
    const mail = invitationMail({ ...WEEK, recipientName: '<script>alert(1)</script> =cmd|"/c calc"!A1' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; =cmd|&quot;/c calc&quot;!A1');
    expect(mail.text).toContain('Kính gửi <script>alert(1)</script> =cmd|"/c calc"!A1,');
  });

  it('never turns a javascript: link into a link', () => {
    const mail = invitationMail({
      ...WEEK,
      activities: [{ title: 'x', link: 'javascript:alert(1)' }],
      forms: [{ label: 'Form', url: 'javascript:alert(2)' }],
    });
    expect(mail.html).not.toContain('href="javascript');
    expect(mail.html).toContain('javascript:alert(1)');
  });

  it('turns an NFD name into NFC everywhere', () => {
    const mail = invitationMail({ ...WEEK, recipientName: NFD_NAME });
    expect(mail.text).toContain('Kính gửi Nguyễn Thị Ánh,');
    expect(mail.html).toContain('Kính gửi Nguyễn Thị Ánh,');
    expect(mail.text).toBe(mail.text.normalize('NFC'));
    expect(mail.html).toBe(mail.html.normalize('NFC'));
  });

  it('keeps a 10,000-character name whole, the subject on one line', () => {
    const long = 'Ă'.repeat(10_000);
    const mail = invitationMail({ ...WEEK, recipientName: long, school: 'Trường\r\nBcc: x@y.vn' });
    expect(mail.text).toContain(long);
    expect(mail.html).toContain(long);
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('whatever the data, html carries no raw user markup and every part is NFC', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (name, title, location) => {
        const mail = invitationMail({
          ...WEEK,
          recipientName: name,
          activities: [{ title, location }],
        });
        for (const part of [mail.subject, mail.text, mail.html]) expect(part).toBe(part.normalize('NFC'));
        expect(mail.subject).not.toMatch(/[\r\n]/);
        // The only tags are ours: strip them and no angle bracket may remain.
        const withoutOurTags = mail.html.replace(
          /<\/?(?:!DOCTYPE html|html|head|meta|title|body|div|p|br|h2|h3|span|strong|ul|li|a)\b[^<>]*>/g,
          '',
        );
        expect(withoutOurTags).not.toMatch(/[<>]/);
      }),
    );
  });
});

describe('the smaller mails', () => {
  it('confirmation (snapshot and content)', () => {
    const mail = confirmationMail({
      language: 'vi',
      recipientName: NFD_NAME,
      school: 'Trường Mầm non 20/10',
      what: 'Đăng ký tập huấn: An toàn trên Internet',
      details: [['Phiên', 'thứ Tư, 06/10/2021, 14:00–16:00']],
    });
    expect(mail).toMatchSnapshot();
    expect(mail.subject).toBe('Xác nhận: Đăng ký tập huấn: An toàn trên Internet – Trường Mầm non 20/10');
    expect(mail.html).toContain('Kính gửi Nguyễn Thị Ánh,');
  });

  it('reminder (snapshot and content)', () => {
    const mail = reminderMail({
      language: 'vi',
      recipientName: 'Trần Văn Bình',
      school: 'Trường Mầm non 20/10',
      activity: 'Dự Lễ khai mạc <trực tuyến>',
      start: localDateTime(2021, 10, 5, 8, 0),
      end: localDateTime(2021, 10, 5, 10, 0),
      link: 'https://zoom.us/j/1',
    });
    expect(mail).toMatchSnapshot();
    expect(mail.subject).toBe('Nhắc lịch: Dự Lễ khai mạc <trực tuyến> – thứ Ba, 05/10/2021, 08:00–10:00');
    expect(mail.html).toContain('Dự Lễ khai mạc &lt;trực tuyến&gt;');
    expect(mail.text).not.toContain('Địa điểm'); // no location given: no empty line for it
  });

  it('note to the organiser (snapshot and content)', () => {
    const mail = organiserNoteMail({
      language: 'en',
      school: 'Trường Mầm non 20/10',
      topic: 'Mail waiting for tomorrow',
      lines: ['12 mails wait for tomorrow’s quota.', '1 mail needs a look: <b>NS003</b>'],
    });
    expect(mail).toMatchSnapshot();
    expect(mail.subject).toBe('[Lifelong Learning Week] Mail waiting for tomorrow');
    expect(mail.html).toContain('&lt;b&gt;NS003&lt;/b&gt;');
  });
});
