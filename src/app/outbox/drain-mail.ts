import { readMailPayload } from '../../core/outbox/enqueue';
import type { OutboxEntry } from '../../core/outbox/entry';
import { checkRecipients, checkSubject, isValidAddress } from '../../core/outbox/recipients';
import type { Language } from '../../core/plan';
import type { OutgoingMail } from '../../ports';

/** The mail to hand to the mailer, or why this entry can never be sent. */
export function toOutgoing(entry: OutboxEntry, language: Language): OutgoingMail | string {
  const recipients = checkRecipients(entry.recipients, language);
  if (!recipients.ok) return recipients.error;
  const subjectError = checkSubject(entry.subject, language);
  if (subjectError) return subjectError;
  const payload = readMailPayload(entry.payload, language);
  if (typeof payload === 'string') return payload;
  const senderName = payload.senderName?.replace(/[\r\n"]+/g, ' ').trim();
  const replyTo = payload.replyTo?.trim();
  return {
    key: entry.key,
    to: recipients.addresses,
    subject: entry.subject,
    text: payload.text,
    html: payload.html,
    ...(senderName ? { senderName } : {}),
    ...(replyTo && isValidAddress(replyTo) ? { replyTo } : {}),
    ...(payload.attachments?.length ? { attachments: payload.attachments } : {}),
  };
}
