import { afterEach, describe, expect, it } from 'vitest';
import { mailApp, spreadsheetFlush, utilitiesSleep } from '../../src/gas/mail';
import { DAILY_QUOTA_ERROR } from './fakes';
import { removeFakes, withFakes } from './fakes/with-fakes';

afterEach(removeFakes);

describe('MailPort over MailApp', () => {
  it('sends plain and HTML bodies with the sender name and reply-to, all recipients in one mail', () => {
    const fakes = withFakes();
    mailApp().send({
      key: 'invite-mail:NS01:2021',
      to: ['a@x.vn', 'b@x.vn'],
      subject: 'Thư mời tham gia Tuần lễ',
      text: 'Kính gửi thầy',
      html: '<p>Kính gửi thầy</p>',
      senderName: 'Trường Tiểu học Lê Ngọc Hân',
      replyTo: 'tochuc@x.vn',
    });
    expect(fakes.mail.sent).toEqual([
      expect.objectContaining({
        to: 'a@x.vn,b@x.vn',
        subject: 'Thư mời tham gia Tuần lễ',
        body: 'Kính gửi thầy',
        htmlBody: '<p>Kính gửi thầy</p>',
        name: 'Trường Tiểu học Lê Ngọc Hân',
        replyTo: 'tochuc@x.vn',
      }),
    ]);
  });

  it('reports the remaining recipients and lets the daily-quota error through for the drain to classify', () => {
    withFakes({ mail: { dailyQuota: 1 } });
    const port = mailApp();
    expect(port.remainingDailyQuota()).toBe(1);
    port.send({ key: 'k1', to: ['a@x.vn'], subject: 's', text: 't', html: 'h' });
    expect(port.remainingDailyQuota()).toBe(0);
    expect(() => port.send({ key: 'k2', to: ['b@x.vn'], subject: 's', text: 't', html: 'h' })).toThrow(
      DAILY_QUOTA_ERROR,
    );
  });

  it('sleeps with Utilities.sleep and checkpoints with SpreadsheetApp.flush', () => {
    const fakes = withFakes();
    utilitiesSleep().sleep(2000);
    spreadsheetFlush().checkpoint();
    expect(fakes.utilities.sleeps).toEqual([2000]);
    expect(fakes.calls['SpreadsheetApp.flush']).toBe(1);
  });
});
