import { cliText } from '../runtime/cli-text';
import { serverOf } from './smtp-url';

/**
 * How long the CLI waits on a mail server. nodemailer's defaults (two minutes to connect, 30 s
 * for the greeting) and the drain's retries made a server that never answers look like a hung
 * command; five seconds is ample for any real server to connect and greet.
 */
export const SMTP_TIMEOUTS = {
  connectionTimeout: 5_000,
  greetingTimeout: 5_000,
  dnsTimeout: 5_000,
  // A slow upload of a large mail is not a dead server.
  socketTimeout: 60_000,
} as const;

/**
 * Connects to the server, greets it and logs in, as a send would, without sending: the line
 * that explains why not, or undefined when the server is ready. The drain asks this before it
 * marks any mail 'đang gửi', so an unreachable server leaves every mail 'chờ gửi' and the day's
 * count untouched.
 */
export async function smtpProblem(
  url: string,
  timeouts: { connectionTimeout: number; greetingTimeout: number } = SMTP_TIMEOUTS,
): Promise<string | undefined> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({ ...SMTP_TIMEOUTS, ...timeouts, url });
  try {
    await transport.verify();
    return undefined;
  } catch (error) {
    const seconds = Math.round(Math.max(timeouts.connectionTimeout, timeouts.greetingTimeout) / 1000);
    return cliText().smtp.unreachable(serverOf(url), reasonOf(error, seconds));
  } finally {
    transport.close();
  }
}

function reasonOf(error: unknown, seconds: number): string {
  const t = cliText().smtp;
  const failed = error as { code?: string; message?: string };
  const text = `${failed.code ?? ''} ${failed.message ?? ''}`;
  if (/ECONNREFUSED/.test(text)) return t.refused;
  if (/ETIMEDOUT|timeout/i.test(text)) return t.timedOut(seconds);
  if (/EDNS|ENOTFOUND|EAI_AGAIN/.test(text)) return t.unknownHost;
  if (/EAUTH/.test(text)) return t.badLogin;
  if (/ETLS|SSL|TLS|certificate|wrong version/i.test(text)) return t.tls;
  return (failed.message ?? String(error)).split('\n')[0] ?? String(error);
}
