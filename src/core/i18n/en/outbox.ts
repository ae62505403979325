import { groupedInteger } from '../numbers';
import type { outbox as vi } from '../vi/outbox';

export const outbox: typeof vi = {
  logPrefix: 'Outbox',
  error: {
    transient: (attempts: number, original: string) =>
      `The mail service is not answering for now (tried ${attempts} times); it will be sent again automatically. Details: ${original}`,
    quota: (original: string) =>
      `The 24-hour sending quota is used up; the mail will go out when the quota comes back. Details: ${original}`,
    gaveUp: (attempts: number, original: string) =>
      `Sending failed after ${attempts} attempts; this mail will not be tried again. Details: ${original}`,
    willRetry: (attempts: number, maxAttempts: number, original: string) =>
      `Sending failed (attempt ${attempts}/${maxAttempts}); it will be tried again. Details: ${original}`,
    unknownRetry: (attempts: number, maxAttempts: number, at: string, original: string) =>
      `An error of unknown cause (attempt ${attempts}/${maxAttempts}); it will be tried again at ${at}. Details: ${original}`,
    quotaDeferred: (at: string) =>
      `The sending quota is used up (it counts 24 hours from the first mail, not from midnight); the mail will go out when it comes back, expected ${at}.`,
    quotaDeferredBehind: (windows: number, at: string) =>
      `The sending quota is used up (it counts 24 hours from the first mail, not from midnight); the mail ahead of it (the more urgent first, then in row order) takes the nearer returns, so this one waits for the quota's return number ${windows}, expected to go at ${at}.`,
    quotaDeferredUnknown:
      'The sending quota is used up; every send checks the quota again and sends as soon as it is back.',
    reminderTooLate: (day: string) =>
      `Not sent: a reminder must arrive before the activity's day (${day}), and that time has passed because the sending quota was used up.`,
    interrupted:
      'The previous send was cut off midway and it is not known whether this mail went, so it is NOT sent again automatically. ' +
      'Look in the "Sent" folder of the sending account: if the mail is there, set the Status to "sent"; ' +
      'if not, set it back to "waiting" to have it sent.',
  },
  reject: {
    noRecipient: 'No recipient address.',
    addressNewline: (address: string) =>
      `The address "${address}" contains a line break (possibly a mail header injection): not sent.`,
    addressInvalid: (address: string) => `Invalid email address: "${address}".`,
    addressUndeliverable: (address: string) =>
      `The address "${address}" is in the .invalid domain (a stand-in left by the purge of a family's personal data) and can never receive mail: not sent.`,
    subjectNewline: 'The subject contains a line break: not sent.',
    noSubject: 'The mail has no subject.',
    tooLong: (length: number, limit: number) =>
      `The mail is too long (${groupedInteger(length, 'en')} characters, at most ${groupedInteger(limit, 'en')} in a cell): not sent.`,
    brokenPayload:
      'The mail\'s data (column "Data") is damaged or deleted: it cannot be sent. Delete this row and run "Send the invitations" again.',
  },
  status: {
    damaged: (n: number) => `${n} damaged rows`,
    empty: 'The outbox is empty',
  },
  drain: {
    lockBusy: 'Another send is running; this one did nothing (no mail is sent twice).',
    findingAt: (row: string, text: string) => `Outbox, row ${row}: ${text}`,
    keyMissing:
      'the row has no Key, so it is not sent (the key is what prevents sending twice). Delete this row.',
    keyDuplicate: (key: string) => `Key "${key}" appears more than once; only the first row is used.`,
    keyVariant: (key: string, first: string, firstRow: string) =>
      `Key "${key}" is a copy of key "${first}" in row ${firstRow} (it differs only in letter case or spaces): ` +
      'this row is NOT sent, so the mail does not go twice. Delete this row.',
    claimBusy:
      'Another send is under way; this one did nothing. Newly queued mail is sent by that one or by the next run (no mail is sent twice).',
    notRecorded:
      'the results could not be written to the Outbox yet (another task held the lock too long); the send journal keeps them and the next run writes them, sending nothing again',
    stateUnknown: (state: string) =>
      `Status "${state}" is not valid; this row is not sent until it is fixed.`,
    headerMissing: (header: string) => `the column "${header}" is missing.`,
    journalNotWrittenSendAnyway: (detail: string) =>
      `could not write the send journal (${detail}); sending anyway.`,
    journalNotWritten: (detail: string) => `could not write the send journal (${detail}).`,
    journalNotDeleted: (detail: string) => `could not delete the send journal (${detail}).`,
    sent: (n: number) => `${n} sent`,
    deferred: (n: number) => `${n} waiting for the quota to come back`,
    tooLate: (n: number) => `${n} reminders not sent because their activity's day had begun`,
    lastMailAt: (at: string) => `the last waiting mail should go at ${at}`,
    retrying: (n: number) => `${n} with a temporary error, to be retried`,
    failed: (n: number) => `${n} failed`,
    needsReview: (n: number) => `${n} to check`,
    recovered: (n: number) => `${n} from an interrupted send settled again`,
    remaining: (n: number) => `${n} still waiting`,
    stoppedForTime: 'stopped before the time limit, it will continue on its own',
  },
  outlook: {
    nothingWaiting: 'Outbox: no mail is waiting.',
    allNow: (mails: string, recipients: string) =>
      `Outbox: ${mails} mails waiting (${recipients} recipients), all going at the next send.`,
    lastAt: (mails: string, recipients: string, at: string, windows: string) =>
      `Outbox: ${mails} mails waiting (${recipients} recipients); the last should go at ${at}, ` +
      `after the 24-hour sending quota has come back ${windows} times (reminders and confirmations go before invitations).`,
    unknown: (mails: string, recipients: string) =>
      `Outbox: ${mails} mails waiting (${recipients} recipients); the sending quota is used up and when it comes back is not known — every send checks again.`,
    tooLate: (n: string) => `${n} reminders will not go before their activity's day: the quota is used up.`,
  },
  invitations: {
    logPrefix: 'Invitations',
    busy: 'Another task is running; no invitation was queued. Try again in a few minutes.',
    noSettings:
      'Invitations not sent: the Settings tab lacks required values (school name, year, theme, dates of the week). Run "Check the plan".',
    queued: (n: number) => `${n} invitations queued in the Outbox`,
    alreadyQueued: (n: number) => `${n} were already there and were not queued again`,
    rejected: (n: number) =>
      `${n} cannot be sent (an invalid address or a mail too long: see the reason in the "last error" column)`,
    unusable: (n: number) =>
      `${n} rows of the Staff tab have a missing or wrong email, id, name or role and were not invited (see "Check the plan")`,
    inactive: (n: number) => `${n} people no longer working here were not invited`,
    withoutEmail: (n: number) => `${n} families have no email yet`,
    familiesByZalo: (n: number) =>
      `${n} families not invited by mail because "Mail families" in Settings is "no": post in the classes' Zalo groups and print the QR posters instead (menu "Announcements and QR codes", or the announce command on a computer)`,
    outboxBroken: 'the Outbox tab lacks required columns, so no mail could be queued',
    forms: {
      attendance: 'Opening ceremony: register / check in',
      training: 'Sign up for trainings and talks',
      nomination: 'Nominate a "studious family"',
    },
  },
};
