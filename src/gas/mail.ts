import type { CheckpointPort, MailPort, SleepPort } from '../ports';

/**
 * MailApp (scope script.send_mail), never GmailApp (the restricted full-mail scope). Errors are
 * left as MailApp throws them: the drain classifies the message (transient, daily quota, other).
 */
export function mailApp(): MailPort {
  return {
    send: (mail) => {
      MailApp.sendEmail({
        to: mail.to.join(','),
        subject: mail.subject,
        body: mail.text,
        htmlBody: mail.html,
        ...(mail.senderName ? { name: mail.senderName } : {}),
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        // e.g. the .ics of a late guest's invitation (addGuest sends none), or a certificate:
        // a Doc exported as PDF by Document.getAs (documents scope, no Drive scope needed).
        ...(mail.attachments?.length
          ? {
              attachments: mail.attachments.map((a) =>
                a.document
                  ? DocumentApp.openById(a.document).getAs('application/pdf').setName(a.filename)
                  : Utilities.newBlob(a.content, a.mimeType, a.filename),
              ),
            }
          : {}),
      });
    },
    remainingDailyQuota: () => MailApp.getRemainingDailyQuota(),
  };
}

/** Back-off between retries: Apps Script has no timers, only Utilities.sleep. */
export function utilitiesSleep(): SleepPort {
  return { sleep: (ms) => Utilities.sleep(ms) };
}

/**
 * Apps Script buffers sheet writes; flush makes the drain's 'đang gửi' marks durable before a
 * mail leaves, so a run killed mid-batch cannot lead to a second send.
 */
export function spreadsheetFlush(): CheckpointPort {
  return { checkpoint: () => SpreadsheetApp.flush() };
}
