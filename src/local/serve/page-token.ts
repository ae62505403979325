import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long an opened form page may wait before it is sent: a school day. */
const TOKEN_LIFETIME_MS = 12 * 60 * 60_000;

/**
 * The anti-forgery token each form page carries: a random nonce, when it was issued, and a
 * MAC over both and the form's id with a secret of this server process. Nothing is stored per
 * page. The nonce names the response (`web-<nonce>`), so the same page sent twice — a double
 * click, the browser's resend — is one response id, which the pipeline's dedupe records once.
 */
export class PageTokens {
  constructor(
    private readonly secret: Buffer = randomBytes(32),
    private readonly now: () => number = Date.now,
  ) {}

  issue(formId: string): string {
    const nonce = randomBytes(16).toString('base64url');
    const issued = this.now().toString(36);
    return `${nonce}.${issued}.${this.mac(formId, nonce, issued)}`;
  }

  /** The response id the token stands for, or undefined when it is forged, altered or too old. */
  responseIdOf(token: string, formId: string): string | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [nonce, issued, mac] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(formId, nonce, issued));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const age = this.now() - parseInt(issued, 36);
    if (!(age >= 0 && age <= TOKEN_LIFETIME_MS)) return undefined;
    return `web-${nonce}`;
  }

  private mac(formId: string, nonce: string, issued: string): string {
    return createHmac('sha256', this.secret).update(`${formId}\n${nonce}\n${issued}`).digest('base64url');
  }
}
