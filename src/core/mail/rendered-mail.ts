/** A mail ready for the outbox: one-line subject, a plain-text part and an HTML part, all NFC. */
export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}
