/** What the event's guests outside the Google list must be mailed, and to whom. */
export interface MailedChange {
  readonly change: 'invite' | 'updated' | 'cancelled';
  readonly emails: readonly string[];
}

/** The Google event a calendar write left (its iCalUID), and the mails it calls for. */
export interface CalendarOutcome {
  readonly eventId?: string;
  readonly byMail: readonly MailedChange[];
}
